'use strict';
// The two task pane pages run as the hosts would run them (their scripts in order, in one global scope),
// with a minimal DOM, a stand-in for WPS or Office/Excel, XMLHttpRequest over fetch, and the fake service.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const { createDocument, until } = require('../testlib/mini-dom.js');
const fake = require('../testlib/fake-service.js');

const root = path.join(__dirname, '..');

function memoryStorage(initial = {}) {
  const m = new Map(Object.entries(initial));
  return { getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, String(v)), removeItem: (k) => m.delete(k), m };
}

/** Runs a page's local scripts (src="…" that exist in dir) in a fresh context with `globals`. */
function loadPage(dir, page, globals) {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  const ctx = { console, setTimeout, clearTimeout, setImmediate, Promise, Uint8Array, ArrayBuffer, Blob, URL, ...globals };
  ctx.window = ctx;
  ctx.self = ctx;
  ctx.document = createDocument(html);
  ctx.addEventListener = (type, fn) => { (ctx.listeners[type] = ctx.listeners[type] || []).push(fn); };
  ctx.listeners = {};
  vm.createContext(ctx);
  for (const m of html.matchAll(/<script src="([^"]+)"/g)) {
    if (/^https?:/.test(m[1])) continue;
    vm.runInContext(fs.readFileSync(path.join(dir, m[1]), 'utf8'), ctx, { filename: m[1] });
  }
  return ctx;
}

let service;
let tmp;
test.before(async () => { service = await fake.start(); tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'suanpan-panes-')); });
test.after(async () => { await service.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

test('WPS task pane: #run=check checks the active workbook, lists findings errors first, a click selects the cell', async () => {
  const folder = path.join(tmp, 'wps');
  fs.mkdirSync(folder);
  const log = [];
  const sheets = new Set(['表1', '表3', "'三公' 表"]);
  const book = (name, dir) => ({
    Name: name, Path: dir, FullName: path.join(dir, name),
    SaveCopyAs: (p) => fs.writeFileSync(p, 'PK\x03\x04 ERR WARN'),
    Activate() { app.ActiveWorkbook = this; },
    Sheets: { Item: (s) => (sheets.has(s) ? { Activate: () => log.push(['activate', name, s]), Range: (c) => ({ Select: () => log.push(['select', name, s, c]) }) } : null) }
  });
  const books = [];
  const app = {
    Env: { GetTempPath: () => tmp },
    FileSystem: {
      Exists: (p) => fs.existsSync(p),
      readAsBinaryString: (p) => fs.readFileSync(p).toString('latin1'),
      writeAsBinaryString: (p, s) => { fs.writeFileSync(p, Buffer.from(s, 'latin1')); return true; },
      Remove: (p) => fs.rmSync(p, { force: true })
    },
    PluginStorage: memoryStorage(),
    Workbooks: { get Count() { return books.length; }, Item: (i) => books[i - 1], Open: (p) => { const b = book(path.basename(p), path.dirname(p)); books.push(b); app.ActiveWorkbook = b; return b; } },
    ShowDialog: (...a) => log.push(['dialog', ...a])
  };
  books.push(book('江岸区-2022.xlsx', folder));
  app.ActiveWorkbook = books[0];
  const ctx = loadPage(path.join(root, 'wps-addin'), 'taskpane.html', {
    Application: app,
    localStorage: memoryStorage({ 'suanpan.service': service.url }),
    location: { href: 'http://127.0.0.1:7070/addin/wps/taskpane.html#run=check&t=1', hash: '#run=check&t=1', protocol: 'http:', host: '127.0.0.1:7070' },
    XMLHttpRequest: fake.FetchXhr,
    devicePixelRatio: 1
  });
  const $ = (id) => ctx.document.getElementById(id);
  assert.equal($('service').textContent, service.url);
  await until(() => !$('run-check').disabled && $('result').textContent);
  assert.match($('status').textContent, /发现错误 1 处、警告 1 处/);
  assert.equal($('status').className, 'error');
  assert.equal($('result').textContent, '结果文件：' + path.join(folder, '江岸区-2022-审核.xlsx'));
  const items = $('findings').children;
  assert.deepEqual(items.map((li) => li.children[0].textContent), ['错误', '警告'], 'information hidden until asked for');
  assert.equal(items[0].children[1].textContent, '表3!D16');
  assert.equal(items[1].children[1].textContent, "'''三公'' 表'!G7");
  assert.equal($('filters').hidden, false);
  items[0].click();
  assert.deepEqual(log.at(-1), ['select', '江岸区-2022-审核.xlsx', '表3', 'D16']);
  assert.equal(items[0].className, 'current');
  $('show-info').checked = true;
  $('show-info').onchange();
  assert.equal($('findings').children.length, 3);
  $('settings').onclick();
  assert.equal(log.at(-1)[1], 'http://127.0.0.1:7070/addin/wps/settings.html');
  // a second action from the ribbon arrives as a hash change
  app.ActiveWorkbook = books[0];
  ctx.location.hash = '#run=fill&t=2';
  ctx.listeners.hashchange.forEach((fn) => fn());
  await until(() => /填充/.test($('status').textContent) && !$('run-check').disabled);
  assert.match($('status').textContent, /已填充 2 处/);
});

test('WPS settings dialog: shows, tests and saves the service address', async () => {
  const local = memoryStorage();
  let closed = false;
  const ctx = loadPage(path.join(root, 'wps-addin'), 'settings.html', {
    Application: { PluginStorage: memoryStorage() },
    localStorage: local,
    location: { href: 'http://10.0.0.1:7070/addin/wps/settings.html', protocol: 'http:', host: '10.0.0.1:7070' },
    SUANPAN_DEFAULTS: { service: '' },
    XMLHttpRequest: fake.FetchXhr,
    close: () => { closed = true; }
  });
  const $ = (id) => ctx.document.getElementById(id);
  assert.equal($('default').textContent, 'http://10.0.0.1:7070');
  $('service').value = service.url.replace('http://', '');
  $('test').onclick();
  await until(() => /连接成功/.test($('status').textContent));
  $('service').value = 'http://a b';
  $('save').onclick();
  assert.match($('status').textContent, /服务地址应形如/);
  $('service').value = service.url + '/';
  $('token').value = ' t ';
  $('save').onclick();
  assert.equal(local.getItem('suanpan.service'), service.url);
  assert.equal(local.getItem('suanpan.token'), 't');
  await until(() => closed);
});

test('Office task pane: buttons wait for Office.onReady, 审核本表 lists findings and opens the copy, a click selects', async () => {
  const bytes = Buffer.from('PK\x03\x04 ERR');
  const created = [];
  const selected = [];
  let ready;
  const Office = {
    HostType: { Excel: 'Excel' },
    FileType: { Compressed: 'compressed' },
    onReady: (fn) => { ready = fn; },
    context: {
      requirements: { isSetSupported: () => true },
      document: {
        url: 'D:\\决算\\曾都区.xlsx',
        getFileAsync: (type, opts, cb) => cb({ status: 'succeeded', value: {
          size: bytes.length, sliceCount: 1,
          getSliceAsync: (i, done) => done({ status: 'succeeded', value: { index: i, data: Array.from(bytes) } }),
          closeAsync: (done) => done({ status: 'succeeded' })
        } })
      }
    }
  };
  const Excel = {
    createWorkbook: (b64) => { created.push(b64); return Promise.resolve(); },
    run: (fn) => Promise.resolve(fn({
      workbook: { worksheets: { getItem: (s) => ({ activate() {}, getRange: (c) => ({ select: () => selected.push([s, c]) }) }) } },
      sync: () => Promise.resolve()
    }))
  };
  const ctx = loadPage(path.join(root, 'office-addin'), 'taskpane.html', {
    Office, Excel,
    localStorage: memoryStorage({ 'suanpan.service': service.url }),
    location: { href: 'https://addins.example/taskpane.html', protocol: 'https:', host: 'addins.example' },
    XMLHttpRequest: fake.FetchXhr
  });
  const $ = (id) => ctx.document.getElementById(id);
  assert.equal($('run-check').disabled, true, 'disabled until Office is ready');
  ready({ host: 'Excel' });
  assert.equal($('run-check').disabled, false);
  $('run-check').onclick();
  await until(() => !$('run-check').disabled && $('status').textContent.includes('曾都区'));
  assert.match($('status').textContent, /发现错误 1 处/);
  assert.match($('status').textContent, /曾都区-审核\.xlsx/);
  assert.equal(created.length, 1);
  assert.equal(Buffer.from(created[0], 'base64').toString('latin1'), 'PK\x03\x04 ERRANNOTATED');
  $('findings').children[0].click();
  await until(() => selected.length === 1);
  assert.deepEqual(selected, [['表3', 'D16']]);
  // the 情况说明 is offered as a download
  $('run-explain').onclick();
  await until(() => !$('run-check').disabled && $('result').children.length === 1);
  assert.equal($('result').children[0].download, '曾都区-情况说明.docx');
  // settings
  $('toggle-settings').onclick();
  assert.equal($('settings').hidden, false);
  $('service-input').value = 'https://audit.example/';
  $('save-settings').onclick();
  assert.equal($('service').textContent, 'https://audit.example');
});
