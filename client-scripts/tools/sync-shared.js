#!/usr/bin/env node
// Copies the shared modules (client-scripts/shared/*.js) into each add-in's lib/ folder and the shared style
// sheet (shared/*.css) into its css/ folder, so that every
// add-in can be served on its own (the service copies wps-addin/ into its jar). test/sync.test.js fails
// when a copy differs from shared/; run `npm run sync` after editing shared/.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const ADDINS = ['wps-addin', 'office-addin'];
const FOLDER_FOR = { '.js': 'lib', '.css': 'css' };

function sharedFiles() {
  return fs.readdirSync(path.join(root, 'shared')).filter((f) => FOLDER_FOR[path.extname(f)]).sort();
}

function copies() {
  const out = [];
  for (const a of ADDINS) {
    for (const f of sharedFiles()) out.push({ from: path.join(root, 'shared', f), to: path.join(root, a, FOLDER_FOR[path.extname(f)], f) });
  }
  return out;
}

if (require.main === module) {
  for (const c of copies()) {
    fs.mkdirSync(path.dirname(c.to), { recursive: true });
    fs.copyFileSync(c.from, c.to);
    console.log(path.relative(root, c.from) + ' -> ' + path.relative(root, c.to));
  }
}

module.exports = { copies, sharedFiles, ADDINS };
