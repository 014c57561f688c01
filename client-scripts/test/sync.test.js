'use strict';
// Each add-in ships its own copy of the shared modules (the service serves wps-addin/ on its own);
// the copies must equal shared/. Fix with `npm run sync`.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const { copies } = require('../tools/sync-shared.js');

test('add-in copies of shared/ are up to date (npm run sync)', () => {
  const list = copies();
  assert.ok(list.length >= 2);
  for (const c of list) {
    assert.ok(fs.existsSync(c.to), `${c.to} missing: run npm run sync`);
    assert.ok(fs.readFileSync(c.from).equals(fs.readFileSync(c.to)), `${c.to} differs from ${c.from}: run npm run sync`);
  }
});
