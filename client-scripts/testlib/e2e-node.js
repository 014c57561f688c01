'use strict';
// Part of e2e.sh: the add-ins' shared client code (SuanpanCore.submitWorkbook and the WPS host flow) against the
// real service. Usage: node test/e2e-node.js http://127.0.0.1:PORT sample.xlsx
const fs = require('fs');
const os = require('os');
const path = require('path');
const assert = require('assert/strict');
const core = require('../shared/suanpan-core.js');
const { FetchXhr } = require('./fake-service.js');

async function main() {
  const [base, sample] = process.argv.slice(2);
  const bytes = new Uint8Array(fs.readFileSync(sample));
  const name = path.basename(sample);
  const createXhr = () => new FetchXhr();
  const common = { base, name, bytes, createXhr };

  const check = await core.submitWorkbook('check', common);
  assert.equal(typeof check.report.stats, 'object', 'check returns a report with stats');
  assert.ok(Array.isArray(check.report.findings), 'the report lists findings');
  for (let i = 1; i < check.findings.length; i++) {
    const order = { error: 0, warning: 1, info: 2 };
    assert.ok(order[check.findings[i - 1].severity] <= order[check.findings[i].severity], 'errors first');
  }
  for (const f of check.findings) {
    if (f.cell) assert.ok(f.target && f.target.sheet, `finding ${f.rule} at ${f.sheet}!${f.cell} has a target`);
  }
  console.log(`# check: ${core.summaryText(check.counts)}; ${check.findings.length} findings; file ${check.report.file}`);
  assert.equal(check.report.file, name, 'the service reports the real (UTF-8) file name');

  const ascii = await core.submitWorkbook('annotate', { ...common, asciiHeader: true });
  assert.equal(ascii.fileName, core.derivedName(name, '审核'), 'ASCII part name + filename field keep the real name (VBA style)');
  const annotate = await core.submitWorkbook('annotate', common);
  assert.equal(annotate.fileName, core.derivedName(name, '审核'));
  assert.equal(Buffer.from(annotate.bytes.subarray(0, 2)).toString(), 'PK');
  assert.equal(typeof annotate.counts.errors, 'number', 'X-Suanpan-Errors is sent');
  const fill = await core.submitWorkbook('fill', common);
  assert.equal(fill.fileName, core.derivedName(name, '填充'));
  assert.equal(typeof fill.counts.filled, 'number', 'X-Suanpan-Filled is sent');
  const explain = await core.submitWorkbook('explain', common);
  assert.equal(explain.fileName, core.derivedName(name, '情况说明', 'docx'));

  await assert.rejects(core.submitWorkbook('check', { ...common, bytes: core.utf8Encode('not a workbook') }),
    (e) => e.status === 422 && /[^\x00-\x7f]/.test(e.message));

  // the WPS add-in's flow, with a stand-in for WPS over real files
  const host = require('../wps-addin/js/wps-host.js');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'suanpan-e2e-wps-'));
  try {
    const log = [];
    const app = {
      Env: { GetTempPath: () => tmp + path.sep },
      FileSystem: {
        Exists: (p) => fs.existsSync(p),
        readAsBinaryString: (p) => fs.readFileSync(p).toString('latin1'),
        writeAsBinaryString: (p, s) => { fs.writeFileSync(p, Buffer.from(s, 'latin1')); return true; },
        Remove: (p) => fs.rmSync(p, { force: true })
      },
      Workbooks: { Open: (p) => { log.push(p); return { Name: path.basename(p) }; } },
      ActiveWorkbook: { Name: name, Path: tmp, SaveCopyAs: (p) => fs.copyFileSync(sample, p) }
    };
    const r = await host.runAction('check', { app, base, createXhr });
    assert.equal(path.basename(r.resultPath), core.derivedName(name, '审核'));
    assert.deepEqual(log, [r.resultPath]);
    console.log(`# WPS flow: ${core.summaryText(r.counts)} -> ${path.basename(r.resultPath)}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
