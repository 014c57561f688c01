'use strict';
// The WPS add-in's files: well-formed XML, ribbon callbacks that exist, pages that only use relative URLs for
// the add-in's own files, main.js driving the task pane, and the offline/online installer.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const { execFileSync } = require('child_process');
const { XMLValidator, XMLParser } = require('fast-xml-parser');

const addin = path.join(__dirname, '..', 'wps-addin');
const read = (p) => fs.readFileSync(path.join(addin, p), 'utf8');

function assertWellFormed(file, text) {
  const r = XMLValidator.validate(text);
  assert.equal(r, true, `${file}: ${JSON.stringify(r)}`);
}

test('ribbon.xml and publish.xml are well-formed; the tab has the four buttons', () => {
  assertWellFormed('ribbon.xml', read('ribbon.xml'));
  assertWellFormed('install/publish.xml', read('install/publish.xml'));
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(read('ribbon.xml'));
  const tab = doc.customUI.ribbon.tabs.tab;
  assert.equal(tab.label, '决算审核');
  const groups = [].concat(tab.group);
  const buttons = groups.flatMap((g) => [].concat(g.button));
  assert.deepEqual(buttons.map((b) => b.label), ['审核本表', '填充合计', '生成说明', '设置服务地址']);
  const main = read('main.js');
  const callbacks = new Set([doc.customUI.onLoad, ...buttons.flatMap((b) => [b.onAction, b.getImage, b.getEnabled].filter(Boolean))]);
  for (const cb of callbacks) assert.match(main, new RegExp(`function ${cb}\\(`), `main.js defines ${cb}`);
});

test('pages load only files that exist, by relative URL', () => {
  for (const page of ['index.html', 'taskpane.html', 'settings.html']) {
    const html = read(page);
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(refs.length > 0, page);
    for (const ref of refs) {
      assert.ok(!/^(?:[a-z]+:)?\/\//i.test(ref) && !ref.startsWith('/'), `${page}: ${ref} must be relative`);
      assert.ok(fs.existsSync(path.join(addin, ref)), `${page}: ${ref} exists`);
    }
  }
  for (const img of read('main.js').match(/images\/[a-z]+\.svg/g)) assert.ok(fs.existsSync(path.join(addin, img)), img);
});

test('installer scripts: PowerShell files carry a UTF-8 BOM (5.1 reads others as ANSI), .cmd is ASCII', () => {
  const ps1 = fs.readFileSync(path.join(addin, 'install', 'install-wps.ps1'));
  assert.deepEqual([...ps1.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const cmd = fs.readFileSync(path.join(addin, 'install', 'install.cmd'));
  assert.ok(cmd.every((b) => b < 0x80), 'install.cmd is ASCII');
});

function loadMain(app) {
  const ctx = {
    console,
    alerts: [],
    document: { location: { href: 'http://10.0.0.5:7070/addin/wps/index.html?x=1#y' } },
    devicePixelRatio: 1.5
  };
  ctx.window = ctx;
  ctx.self = ctx;
  ctx.alert = (m) => ctx.alerts.push(m);
  ctx.Application = app;
  vm.createContext(ctx);
  for (const f of ['lib/suanpan-core.js', 'config.js', 'js/wps-host.js', 'main.js']) vm.runInContext(read(f), ctx, { filename: f });
  return ctx;
}

test('main.js: buttons open the task pane (then navigate it), settings open a dialog, images resolve', () => {
  const panes = [];
  const storage = new Map();
  const dialogs = [];
  const app = {
    ActiveWorkbook: { Name: 'a.xlsx' },
    PluginStorage: { getItem: (k) => (storage.has(k) ? storage.get(k) : null), setItem: (k, v) => storage.set(k, v) },
    CreateTaskPane(url, title) {
      const p = { ID: 'pane-1', url, title, Visible: false, navigations: [], Navigate(u) { this.navigations.push(u); } };
      panes.push(p);
      return p;
    },
    GetTaskPane: (id) => panes.find((p) => p.ID === id) || null,
    ShowDialog: (...args) => dialogs.push(args)
  };
  const ctx = loadMain(app);
  assert.equal(ctx.OnAddinLoad({ ui: 1 }), true);
  assert.deepEqual(app.ribbonUI, { ui: 1 });
  ctx.OnAction({ Id: 'btnCheck' });
  assert.equal(panes.length, 1);
  assert.match(panes[0].url, /^http:\/\/10\.0\.0\.5:7070\/addin\/wps\/taskpane\.html#run=check&t=\d+$/);
  assert.equal(panes[0].title, '决算审核');
  assert.equal(panes[0].Visible, true);
  assert.equal(panes[0].DockPosition, 2);
  ctx.OnAction({ Id: 'btnFill' });
  assert.equal(panes.length, 1, 'the pane is reused');
  assert.match(panes[0].navigations[0], /taskpane\.html#run=fill&t=\d+$/);
  ctx.OnAction({ Id: 'btnExplain' });
  assert.match(panes[0].navigations[1], /#run=explain&/);
  ctx.OnAction({ Id: 'btnSettings' });
  assert.deepEqual(dialogs[0].slice(0, 2), ['http://10.0.0.5:7070/addin/wps/settings.html', '设置服务地址']);
  assert.equal(ctx.GetImage({ Id: 'btnFill' }), 'images/fill.svg');
  app.ActiveWorkbook = null;
  ctx.OnAction({ Id: 'btnCheck' });
  assert.match(ctx.alerts[0], /请先打开/);
  assert.equal(typeof ctx.ribbon.OnAction, 'function');
});

test('install-wps.sh: offline copy + entry, online entry, uninstall; other add-ins kept, XML stays well-formed', { skip: process.platform === 'win32' }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suanpan-jsaddons-'));
  const publish = path.join(dir, 'publish.xml');
  const run = (...args) => execFileSync('bash', [path.join(addin, 'install', 'install-wps.sh'), ...args], { env: { ...process.env, SUANPAN_JSADDONS: dir }, encoding: 'utf8' });
  try {
    fs.writeFileSync(publish, '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="other" type="wps" url="http://x/"/>\n  <jsplugin name="suanpan" type="et" url="suanpan_0.0.1" version="0.0.1"/>\n</jsplugins>\n');
    fs.mkdirSync(path.join(dir, 'suanpan_0.0.1'));
    run('--service', '10.0.0.2:7070/');
    let xml = fs.readFileSync(publish, 'utf8');
    assertWellFormed('publish.xml', xml);
    assert.match(xml, /name="other"/);
    assert.equal((xml.match(/name="suanpan"/g) || []).length, 1);
    assert.match(xml, /<jsplugin name="suanpan" type="et" url="suanpan_0\.1\.0" version="0\.1\.0"/);
    assert.ok(!fs.existsSync(path.join(dir, 'suanpan_0.0.1')));
    assert.ok(fs.existsSync(path.join(dir, 'suanpan_0.1.0', 'ribbon.xml')));
    assert.ok(!fs.existsSync(path.join(dir, 'suanpan_0.1.0', 'install')));
    // the shared client code comes along from client-scripts/shared/, the one place it is kept
    assert.ok(fs.readFileSync(path.join(dir, 'suanpan_0.1.0', 'lib', 'suanpan-core.js')).equals(fs.readFileSync(path.join(__dirname, '..', 'shared', 'suanpan-core.js'))));
    assert.ok(fs.existsSync(path.join(dir, 'suanpan_0.1.0', 'css', 'pane.css')));
    assert.match(fs.readFileSync(path.join(dir, 'suanpan_0.1.0', 'config.js'), 'utf8'), /service: 'http:\/\/10\.0\.0\.2:7070'/);
    run('--online', 'https://audit.example:8443');
    xml = fs.readFileSync(publish, 'utf8');
    assertWellFormed('publish.xml', xml);
    assert.match(xml, /<jspluginonline name="suanpan" type="et" url="https:\/\/audit\.example:8443\/addin\/wps\/"/);
    assert.equal((xml.match(/name="suanpan"/g) || []).length, 1);
    run('--uninstall');
    xml = fs.readFileSync(publish, 'utf8');
    assertWellFormed('publish.xml', xml);
    assert.ok(!/suanpan/.test(xml) && /name="other"/.test(xml));
    assert.throws(() => run('--service', 'http://a b'), /Command failed/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
