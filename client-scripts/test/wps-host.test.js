'use strict';
// The WPS add-in's host code against a stand-in for WPS 表格's Application object (files go to a real
// temporary folder through node's fs) and the fake service.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const host = require('../wps-addin/js/wps-host.js');
const fake = require('../testlib/fake-service.js');

function fakeWps(options = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'suanpan-wps-'));
  const userDir = path.join(tmp, '用户文件');
  fs.mkdirSync(userDir);
  const log = [];
  const content = options.content || Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from(options.marker || ''), Buffer.from([0, 255, 13, 10, 128])]);
  const userFile = path.join(userDir, options.name || '江岸区医保局-2022-决算公开表.xlsx');
  fs.writeFileSync(userFile, 'original');

  function makeSheet(wbName, name) {
    return {
      Name: name,
      Activate() { log.push(['activate-sheet', wbName, name]); },
      Range(cell) { return { Select() { log.push(['select', wbName, name, cell]); } }; }
    };
  }
  function makeWorkbook(name, folder, sheets) {
    const wb = {
      Name: name,
      Path: folder,
      FullName: folder ? path.join(folder, name) : name,
      Saved: true,
      SaveCopyAs(p) { log.push(['SaveCopyAs', p]); fs.writeFileSync(p, content); },
      Save() { throw new Error('the add-in must not save the user workbook'); },
      SaveAs() { throw new Error('the add-in must not SaveAs the user workbook'); },
      Close() { throw new Error('the add-in must not close the user workbook'); },
      Activate() { log.push(['activate-workbook', name]); app.ActiveWorkbook = wb; },
      Sheets: { Item(n) { if (!sheets.includes(n)) throw new Error('no sheet'); return makeSheet(name, n); } }
    };
    return wb;
  }
  const books = [];
  const app = {
    Env: { GetTempPath: () => tmp + path.sep },
    FileSystem: {
      Exists: (p) => fs.existsSync(p),
      ReadFileAsArrayBuffer: options.noArrayBuffer ? undefined : (p) => { const b = fs.readFileSync(p); return b.buffer.slice(b.byteOffset, b.byteOffset + b.length); },
      readAsBinaryString: (p) => fs.readFileSync(p).toString('latin1'),
      writeAsBinaryString: (p, s) => { if (options.readOnlyUserDir && p.startsWith(userDir)) return false; fs.writeFileSync(p, Buffer.from(s, 'latin1')); return true; },
      Remove: (p) => { log.push(['Remove', p]); fs.rmSync(p, { force: true }); return true; }
    },
    OAAssist: { ShellExecute: (p) => log.push(['ShellExecute', p]) },
    Workbooks: {
      get Count() { return books.length; },
      Item: (i) => books[i - 1],
      Open: (p) => { log.push(['Open', p]); const wb = makeWorkbook(path.basename(p), path.dirname(p), ['表1', '表3', "'三公' 表", '审核结果']); books.push(wb); app.ActiveWorkbook = wb; return wb; }
    },
    ActiveWorkbook: null
  };
  if (!options.noWorkbook) {
    const wb = makeWorkbook(path.basename(userFile), options.unsaved ? '' : userDir, ['表1', '表3']);
    if (options.unsaved) wb.Name = '工作簿1';
    books.push(wb);
    app.ActiveWorkbook = wb;
  }
  return { app, tmp, userDir, userFile, log, content, cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}

let service;
test.before(async () => { service = await fake.start(); });
test.after(async () => { await service.close(); });

const env = (w, extra = {}) => ({ app: w.app, base: service.url, createXhr: () => new fake.FetchXhr(), ...extra });

test('審核本表: copy to temp, check + annotate, result next to the original, opened; temp copy removed', async () => {
  const w = fakeWps({ marker: 'ERR WARN' });
  try {
    const statuses = [];
    const r = await host.runAction('check', env(w, { onStatus: (s) => statuses.push(s) }));
    assert.equal(r.counts.errors, 1);
    assert.equal(r.counts.warnings, 1);
    assert.deepEqual(r.findings.map((f) => f.severity), ['error', 'warning', 'info']);
    assert.deepEqual(r.findings[0].target, { sheet: '表3', cell: 'D16', column: 4, row: 16 });
    assert.deepEqual(r.findings[1].target.sheet, "'三公' 表");
    const expected = path.join(w.userDir, '江岸区医保局-2022-决算公开表-审核.xlsx');
    assert.equal(r.resultPath, expected);
    assert.deepEqual(fs.readFileSync(expected), Buffer.concat([w.content, Buffer.from('ANNOTATED')]));
    assert.equal(fs.readFileSync(w.userFile, 'utf8'), 'original', 'the user file is untouched');
    const saveCopy = w.log.find((l) => l[0] === 'SaveCopyAs');
    assert.ok(saveCopy[1].startsWith(w.tmp) && /suanpan-\d{8}-\d{6}-\d+\.xlsx$/.test(saveCopy[1]), saveCopy[1]);
    assert.ok(!fs.existsSync(saveCopy[1]), 'the temporary copy is removed');
    assert.deepEqual(w.log.find((l) => l[0] === 'Open'), ['Open', expected]);
    assert.equal(r.resultName, '江岸区医保局-2022-决算公开表-审核.xlsx');
    assert.ok(statuses.length >= 3);
    const posts = service.requests.filter((q) => q.method === 'POST').slice(-2);
    assert.deepEqual(posts.map((q) => q.path), ['/api/check', '/api/annotate']);
    assert.deepEqual(posts[0].form.files, [{ field: 'workbook', name: '江岸区医保局-2022-决算公开表.xlsx', size: w.content.length }]);
    assert.equal(posts[0].form.fields.filename, '江岸区医保局-2022-决算公开表.xlsx');

    // a second run does not overwrite the first result (the person may have written notes in it)
    w.app.ActiveWorkbook = w.app.Workbooks.Item(1);
    const again = await host.runAction('check', env(w, { openResult: false }));
    assert.equal(again.resultPath, path.join(w.userDir, '江岸区医保局-2022-决算公开表-审核(2).xlsx'));
  } finally { w.cleanup(); }
});

test('clicking a finding selects its cell: in the active workbook when it is one of ours, else the original', async () => {
  const w = fakeWps({ marker: 'ERR' });
  try {
    const r = await host.runAction('check', env(w));
    const t = r.findings[0].target;
    // the annotated copy is active after opening: select there
    assert.deepEqual(host.selectCell(w.app, t, [r.resultName, r.original]), { workbook: r.resultName, sheet: '表3', cell: 'D16' });
    assert.deepEqual(w.log.slice(-2), [['activate-sheet', r.resultName, '表3'], ['select', r.resultName, '表3', 'D16']]);
    // an unrelated workbook is active: go back to the original
    w.app.ActiveWorkbook = { Name: 'other.xlsx', FullName: 'other.xlsx' };
    assert.equal(host.selectCell(w.app, t, [r.original]).workbook, r.original);
    assert.ok(w.log.some((l) => l[0] === 'activate-workbook' && l[1] === r.original));
    assert.throws(() => host.selectCell(w.app, { sheet: '不存在', cell: 'A1' }, [r.original]), /找不到工作表“不存在”/);
    assert.throws(() => host.selectCell(w.app, null), /没有对应的单元格/);
  } finally { w.cleanup(); }
});

test('填充合计 and 生成说明 save <base>-填充.xlsx / <base>-情况说明.docx and open them', async () => {
  const w = fakeWps({ noArrayBuffer: true });
  try {
    const f = await host.runAction('fill', env(w));
    assert.equal(path.basename(f.resultPath), '江岸区医保局-2022-决算公开表-填充.xlsx');
    assert.equal(f.counts.filled, 2);
    assert.equal(w.app.ActiveWorkbook.Name, '江岸区医保局-2022-决算公开表-填充.xlsx', 'the filled copy is opened');
    w.app.ActiveWorkbook = w.app.Workbooks.Item(1);
    const e = await host.runAction('explain', env(w));
    assert.equal(path.basename(e.resultPath), '江岸区医保局-2022-决算公开表-情况说明.docx');
    assert.equal(e.opened, true);
    assert.deepEqual(w.log.filter((l) => l[0] === 'ShellExecute'), [['ShellExecute', e.resultPath]]);
  } finally { w.cleanup(); }
});

test('service errors come back as the service message and leave no temporary file', async () => {
  const w = fakeWps({ content: Buffer.from('not a workbook') });
  try {
    await assert.rejects(host.runAction('check', env(w)), (e) => e.name === 'ServiceError' && e.status === 422 && /另存为 \.xlsx/.test(e.message));
    const copy = w.log.find((l) => l[0] === 'SaveCopyAs')[1];
    assert.ok(!fs.existsSync(copy));
    await assert.rejects(host.runAction('check', env(w, { base: 'http://127.0.0.1:1' })), /连不上审核服务/);
  } finally { w.cleanup(); }
});

test('unsaved workbooks go to the temp folder; read-only folders fall back to temp; no workbook and .et are refused', async () => {
  const u = fakeWps({ unsaved: true });
  try {
    const r = await host.runAction('fill', env(u, { openResult: false }));
    assert.equal(r.name, '工作簿1.xlsx');
    assert.equal(path.dirname(r.resultPath) + path.sep, u.tmp + path.sep);
    assert.equal(path.basename(r.resultPath), '工作簿1-填充.xlsx');
  } finally { u.cleanup(); }
  const ro = fakeWps({ readOnlyUserDir: true });
  try {
    const r = await host.runAction('fill', env(ro, { openResult: false }));
    assert.ok(r.resultPath.startsWith(ro.tmp) && !r.resultPath.startsWith(ro.userDir));
  } finally { ro.cleanup(); }
  const none = fakeWps({ noWorkbook: true });
  try {
    await assert.rejects(host.runAction('check', env(none)), /请先打开/);
  } finally { none.cleanup(); }
  const et = fakeWps({ name: '决算.et' });
  try {
    await assert.rejects(host.runAction('check', env(et)), /另存为/);
    assert.ok(!et.log.some((l) => l[0] === 'SaveCopyAs'));
  } finally { et.cleanup(); }
});

test('settings: localStorage first, then PluginStorage, then config.js; saving normalises', () => {
  const mem = () => { const m = new Map(); return { getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, String(v)), removeItem: (k) => m.delete(k), m }; };
  const local = mem();
  const plugin = mem();
  const online = { protocol: 'http:', host: '10.1.1.1:7070' };
  assert.deepEqual(host.loadSettings({ local, plugin }, { service: '' }, online), { service: 'http://10.1.1.1:7070', configured: '', token: '' });
  assert.equal(host.loadSettings({ local, plugin }, { service: '' }, { protocol: 'file:', host: '' }).service, 'http://127.0.0.1:7070');
  assert.equal(host.loadSettings({ local, plugin }, { service: 'http://finance:7070' }, online).service, 'http://finance:7070');
  assert.equal(host.saveSettings({ local, plugin }, ' 192.168.0.9:7070/ ', ' tok '), 'http://192.168.0.9:7070');
  assert.deepEqual(host.loadSettings({ local: null, plugin }, {}, online), { service: 'http://192.168.0.9:7070', configured: 'http://192.168.0.9:7070', token: 'tok' });
  assert.throws(() => host.saveSettings({ local, plugin }, 'http://a b', ''), /服务地址/);
  host.saveSettings({ local, plugin }, '', '');
  assert.equal(local.m.size, 0);
  assert.equal(host.loadSettings({ local, plugin }, {}, online).service, 'http://10.1.1.1:7070');
});

test('the token goes out as a Bearer header', async () => {
  const w = fakeWps();
  try {
    await host.runAction('fill', env(w, { token: 's3cret', openResult: false }));
    assert.equal(service.requests.at(-1).headers.authorization, 'Bearer s3cret');
  } finally { w.cleanup(); }
});

test('a chosen 同年部门预算表 goes along as part "budget" to check and annotate, not to 生成说明', async () => {
  const w = fakeWps();
  try {
    const budget = { name: '武汉市医疗保障局-2023-部门预算表.xlsx', bytes: new Uint8Array(Buffer.from('PK\x03\x04 budget')) };
    await host.runAction('check', env(w, { openResult: false, companions: { budget } }));
    const posts = service.requests.filter((q) => q.method === 'POST').slice(-2);
    assert.deepEqual(posts.map((q) => q.path), ['/api/check', '/api/annotate']);
    for (const q of posts) {
      assert.deepEqual(q.form.files.map((f) => [f.field, f.name, f.size]),
        [['workbook', '江岸区医保局-2022-决算公开表.xlsx', w.content.length], ['budget', budget.name, budget.bytes.length]]);
    }
    w.app.ActiveWorkbook = w.app.Workbooks.Item(1);
    await host.runAction('explain', env(w, { openResult: false, companions: { budget } }));
    assert.deepEqual(service.requests.at(-1).form.files.map((f) => f.field), ['workbook']);
  } finally { w.cleanup(); }
});
