'use strict';
// The Office add-in: reading the workbook in 4 MB slices, uploading, opening the result with
// Excel.createWorkbook(base64) and selecting cells, with Office and Excel mocked by office-addin-mock.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { OfficeMockObject } = require('office-addin-mock');
const { XMLValidator, XMLParser } = require('fast-xml-parser');
const office = require('../office-addin/js/office-host.js');
const fake = require('../testlib/fake-service.js');

const MB = 1024 * 1024;

/** An Office mock whose document is `bytes`, handed out by getFileAsync in slices of the size asked for. */
function officeMock(bytes, options = {}) {
  const calls = { getFile: [], slices: [], closed: 0 };
  const data = {
    FileType: { Compressed: 'compressed', Pdf: 'pdf' },
    HostType: { Excel: 'Excel' },
    context: {
      requirements: { isSetSupported: (name, version) => name === 'ExcelApi' && Number(version) <= (options.excelApi || 1.8) },
      document: {
        url: options.url === undefined ? 'C:\\Users\\财务\\Documents\\曾都区-2023-决算公开表.xls' : options.url,
        getFileAsync(type, opts, callback) {
          calls.getFile.push({ type, opts });
          const size = opts.sliceSize;
          const count = Math.ceil(bytes.length / size);
          const file = {
            size: bytes.length,
            sliceCount: count,
            getSliceAsync(index, cb) {
              calls.slices.push(index);
              setImmediate(() => {
                if (options.failSlice === index) cb({ status: 'failed', error: { message: '读取中断' } });
                else cb({ status: 'succeeded', value: { index, size: Math.min(size, bytes.length - index * size), data: Array.from(bytes.subarray(index * size, (index + 1) * size)) } });
              });
            },
            closeAsync(cb) { calls.closed++; setImmediate(() => cb({ status: 'succeeded' })); }
          };
          setImmediate(() => callback({ status: 'succeeded', value: file }));
        }
      }
    }
  };
  // Office's common API (Office.context.document…) has plain properties, no load()/sync(); the mock gives
  // plain properties in its Outlook mode, so that mode stands in for it.
  return { Office: new OfficeMockObject(data, 'outlook'), calls };
}

function excelMock(sheets) {
  const log = [];
  const created = [];
  const data = {
    createWorkbook(base64) { log.push(['createWorkbook', base64.length]); created.push(base64); return Promise.resolve(); },
    context: {
      workbook: {
        worksheets: {
          getItem(name) {
            log.push(['getItem', name]);
            if (!sheets.includes(name)) {
              const e = new Error('The requested resource doesn\'t exist.');
              e.code = 'ItemNotFound';
              throw e;
            }
            return {
              activate() { log.push(['activate', name]); },
              getRange(cell) { return { select() { log.push(['select', name, cell]); } }; }
            };
          }
        }
      }
    },
    run: async function (callback) { return callback(this.context); }
  };
  const mock = new OfficeMockObject(data);
  return { Excel: mock, log, data: { created } };
}

let service;
test.before(async () => { service = await fake.start(); });
test.after(async () => { await service.close(); });

test('a 9 MB workbook is read in three 4 MB slices, reassembled byte for byte and the file closed', async () => {
  const bytes = new Uint8Array(9 * MB).map((_, i) => (i * 31 + (i >> 12)) & 255);
  const { Office, calls } = officeMock(bytes);
  const progress = [];
  const got = await office.readWorkbook(Office, (d, t) => progress.push(`${d}/${t}`));
  assert.deepEqual(calls.getFile, [{ type: 'compressed', opts: { sliceSize: 4194304 } }]);
  assert.deepEqual(calls.slices, [0, 1, 2]);
  assert.equal(calls.closed, 1);
  assert.deepEqual(progress, ['1/3', '2/3', '3/3']);
  assert.equal(got.length, bytes.length);
  assert.ok(Buffer.from(got).equals(Buffer.from(bytes)));
});

test('a failed slice closes the file and reports the error', async () => {
  const { Office, calls } = officeMock(new Uint8Array(5 * MB), { failSlice: 1 });
  await assert.rejects(office.readWorkbook(Office), /读取中断/);
  assert.equal(calls.closed, 1);
});

test('the upload name comes from the document URL, always .xlsx (Compressed is Office Open XML)', () => {
  assert.equal(office.workbookName(officeMock(new Uint8Array(1)).Office), '曾都区-2023-决算公开表.xlsx');
  assert.equal(office.workbookName(officeMock(new Uint8Array(1), { url: 'https://x.sharepoint.com/Shared%20Documents/%E6%B1%9F%E5%B2%B8.xlsm?web=1' }).Office), '江岸.xlsm');
  assert.equal(office.workbookName(officeMock(new Uint8Array(1), { url: '' }).Office), '工作簿.xlsx');
});

test('审核本表: findings sorted, annotated copy opened with Excel.createWorkbook(base64)', async () => {
  const bytes = new Uint8Array(Buffer.concat([Buffer.from('PK\x03\x04 ERR WARN'), Buffer.alloc(100, 7)]));
  const { Office } = officeMock(bytes);
  const { Excel, data } = excelMock(['表3']);
  const statuses = [];
  const r = await office.runAction('check', { Office, Excel, base: service.url, createXhr: () => new fake.FetchXhr(), onStatus: (s) => statuses.push(s) });
  assert.deepEqual(r.findings.map((f) => f.severity), ['error', 'warning', 'info']);
  assert.deepEqual(r.counts, { errors: 1, warnings: 1, infos: 1 });
  assert.equal(r.fileName, '曾都区-2023-决算公开表-审核.xlsx');
  assert.equal(r.opened, true);
  const expected = Buffer.concat([Buffer.from(bytes), Buffer.from('ANNOTATED')]).toString('base64');
  assert.deepEqual(data.created, [expected]);
  const posts = service.requests.filter((q) => q.method === 'POST').slice(-2);
  assert.deepEqual(posts.map((q) => q.path), ['/api/check', '/api/annotate']);
  assert.equal(posts[0].form.files[0].name, '曾都区-2023-决算公开表.xlsx');
  assert.ok(statuses.includes('正在审核“曾都区-2023-决算公开表.xlsx”…'));
});

test('without ExcelApi 1.8 the result is not opened (the pane offers a download); 生成说明 is never opened', async () => {
  const bytes = new Uint8Array(Buffer.from('PK\x03\x04'));
  const old = officeMock(bytes, { excelApi: 1.7 });
  const { Excel, data } = excelMock([]);
  const r = await office.runAction('fill', { Office: old.Office, Excel, base: service.url, createXhr: () => new fake.FetchXhr() });
  assert.equal(r.opened, false);
  assert.equal(r.counts.filled, 2);
  assert.equal(Buffer.from(r.bytes).toString('latin1'), 'PK\x03\x04FILLED');
  const e = await office.runAction('explain', { Office: officeMock(bytes).Office, Excel, base: service.url, createXhr: () => new fake.FetchXhr() });
  assert.equal(e.fileName, '曾都区-2023-决算公开表-情况说明.docx');
  assert.equal(e.opened, false);
  assert.deepEqual(data.created, []);
});

test('service refusals come back as the service message', async () => {
  const { Office } = officeMock(new Uint8Array(Buffer.from('garbage')));
  await assert.rejects(office.runAction('check', { Office, Excel: excelMock([]).Excel, base: service.url, createXhr: () => new fake.FetchXhr() }), /另存为 \.xlsx/);
});

test('clicking a finding activates its sheet and selects the cell through Excel.run', async () => {
  const { Excel, log } = excelMock(['表3', "'三公' 表"]);
  await office.selectCell(Excel, { sheet: '表3', cell: 'D16' });
  assert.deepEqual(log, [['getItem', '表3'], ['activate', '表3'], ['select', '表3', 'D16']]);
  await office.selectCell(Excel, { sheet: "'三公' 表", cell: 'G7' });
  assert.deepEqual(log.at(-1), ['select', "'三公' 表", 'G7']);
  await assert.rejects(office.selectCell(Excel, { sheet: '没有', cell: 'A1' }), /找不到工作表“没有”/);
  await assert.rejects(office.selectCell(Excel, null), /没有对应的单元格/);
});

test('manifest.xml is well-formed, a task pane add-in for Workbook with a ShowTaskpane button over HTTPS', () => {
  const dir = path.join(__dirname, '..', 'office-addin');
  const xml = fs.readFileSync(path.join(dir, 'manifest.xml'), 'utf8');
  assert.equal(XMLValidator.validate(xml), true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml).OfficeApp;
  assert.equal(doc['xsi:type'], 'TaskPaneApp');
  assert.match(doc.Id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  assert.equal(doc.Hosts.Host.Name, 'Workbook');
  assert.equal(doc.Permissions, 'ReadWriteDocument');
  const order = Object.keys(doc).filter((k) => !k.startsWith('xmlns') && k !== 'xsi:type');
  assert.deepEqual(order, ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'], 'the schema wants this order');
  for (const url of xml.match(/DefaultValue="(https?:[^"]+)"/g)) assert.match(url, /"https:\/\//, `${url} must be https`);
  const button = doc.VersionOverrides.Hosts.Host.DesktopFormFactor.ExtensionPoint.CustomTab.Group.Control;
  assert.equal(button.Action['xsi:type'], 'ShowTaskpane');
  // every resid used is defined, and every file the manifest names exists here
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
  for (const m of xml.matchAll(/resid="([^"]+)"/g)) assert.ok(defined.has(m[1]), `resid ${m[1]} is defined`);
  for (const m of xml.matchAll(/DefaultValue="https:\/\/localhost:3000\/([^"]+)"/g)) assert.ok(fs.existsSync(path.join(dir, m[1])), `${m[1]} exists`);
  for (const page of ['taskpane.html']) {
    const html = fs.readFileSync(path.join(dir, page), 'utf8');
    for (const m of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      if (/^https:\/\/appsforoffice\.microsoft\.com\//.test(m[1])) continue;
      assert.ok(fs.existsSync(path.join(dir, m[1])), `${page}: ${m[1]} exists`);
    }
  }
});
