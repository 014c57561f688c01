'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const core = require('../shared/suanpan-core.js');

test('utf8 encode/decode round-trips Chinese, ASCII and astral characters', () => {
  for (const s of ['', 'abc', '曾都区医疗保障服务中心-2023-决算公开表.xlsx', '公开01表 —（）“三公”', '😀x']) {
    const bytes = core.utf8Encode(s);
    assert.deepEqual(Buffer.from(bytes), Buffer.from(s, 'utf8'));
    assert.equal(core.utf8Decode(bytes), s);
  }
  assert.equal(core.utf8Decode(new Uint8Array([0x61, 0xe5, 0xae])), 'a\ufffd\ufffd');
});

test('base64 matches node for every length mod 3 and decodes back', () => {
  for (let n = 0; n < 40; n++) {
    const bytes = new Uint8Array(n).map((_, i) => (i * 37 + n) & 255);
    const b64 = core.base64Encode(bytes);
    assert.equal(b64, Buffer.from(bytes).toString('base64'));
    assert.deepEqual(Buffer.from(core.base64Decode(b64)), Buffer.from(bytes));
  }
  assert.deepEqual(Buffer.from(core.base64Decode('5a6h\n5qC4')), Buffer.from('审核'));
  assert.deepEqual(Buffer.from(core.base64Decode('_-8')), Buffer.from([0xff, 0xef]));
  assert.throws(() => core.base64Decode('ab$c'));
});

test('binary strings (WPS FileSystem) convert both ways, also for large buffers', () => {
  const bytes = new Uint8Array(100000).map((_, i) => (i * 7) & 255);
  const bin = core.bytesToBinaryString(bytes);
  assert.equal(bin.length, bytes.length);
  assert.equal(bin.charCodeAt(1), 7);
  assert.deepEqual(core.binaryStringToBytes(bin), bytes);
});

test('file names: split, derived, safe, ASCII stand-in', () => {
  assert.deepEqual(core.splitName('C:\\数据\\曾都区.xlsx'), { base: '曾都区', ext: 'xlsx' });
  assert.deepEqual(core.splitName('a.b.xls'), { base: 'a.b', ext: 'xls' });
  assert.deepEqual(core.splitName('.hidden'), { base: '.hidden', ext: '' });
  assert.equal(core.derivedName('/x/江岸区-2022.xlsx', '审核'), '江岸区-2022-审核.xlsx');
  assert.equal(core.derivedName('江岸区.xls', '情况说明', 'docx'), '江岸区-情况说明.docx');
  assert.equal(core.derivedName('工作簿1', '审核'), '工作簿1-审核.xlsx');
  assert.equal(core.safeFileName('../../etc/passwd'), 'passwd');
  assert.equal(core.safeFileName('..\\..\\a:b?.xlsx'), 'a_b_.xlsx');
  assert.equal(core.safeFileName('...', 'x.xlsx'), 'x.xlsx');
  assert.equal(core.safeFileName('CON.xlsx', 'x.xlsx'), 'x.xlsx');
  assert.equal(core.asciiFileName('曾都区医疗保障服务中心-2023-决算公开表.xlsx'), '2023.xlsx');
  assert.equal(core.asciiFileName('决算.xls'), 'workbook.xls');
  assert.equal(core.asciiFileName('report "v2".xlsx'), 'report -v2.xlsx');
  assert.equal(core.asciiFileName('plain-name.xlsx'), 'plain-name.xlsx');
});

test('Content-Disposition: filename* wins, UTF-8 percent decoding, quoted and bare fallbacks', () => {
  const h = 'attachment; filename="2022-shenhe.xlsx"; filename*=UTF-8\'\'%E6%B1%9F%E5%B2%B8%E5%8C%BA-2022-%E5%AE%A1%E6%A0%B8.xlsx';
  assert.equal(core.contentDispositionFileName(h), '江岸区-2022-审核.xlsx');
  assert.equal(core.contentDispositionFileName("attachment; filename*=utf-8''a%20b.xlsx"), 'a b.xlsx');
  assert.equal(core.contentDispositionFileName("attachment; filename*=\"UTF-8''x%E5%AE%A1.docx\""), 'x审.docx');
  assert.equal(core.contentDispositionFileName("attachment; filename*=iso-8859-1'en'caf%E9.txt"), 'café.txt');
  assert.equal(core.contentDispositionFileName('attachment; filename="a \\"q\\".xlsx"'), 'a "q".xlsx');
  assert.equal(core.contentDispositionFileName('attachment; filename=plain.xlsx'), 'plain.xlsx');
  assert.equal(core.contentDispositionFileName('attachment'), null);
  assert.equal(core.contentDispositionFileName(null), null);
  assert.equal(core.resultFileName(null, '曾都区.xlsx', '审核'), '曾都区-审核.xlsx');
  assert.equal(core.resultFileName("attachment; filename*=UTF-8''..%2F..%2Fevil.xlsx", 'a.xlsx', '审核'), 'evil.xlsx');
});

test('multipart body: exact bytes, file bytes untouched, UTF-8 names and the filename field', () => {
  const data = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x0d, 0x0a]);
  const mp = core.buildMultipart(core.workbookParts('D:\\表\\江岸区.xlsx', data), 'BOUNDARY');
  assert.equal(mp.contentType, 'multipart/form-data; boundary=BOUNDARY');
  const body = Buffer.from(mp.body);
  const expected = Buffer.concat([
    Buffer.from('--BOUNDARY\r\nContent-Disposition: form-data; name="workbook"; filename="江岸区.xlsx"\r\n' +
      'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n'),
    Buffer.from(data),
    Buffer.from('\r\n--BOUNDARY\r\nContent-Disposition: form-data; name="filename"\r\n\r\n江岸区.xlsx\r\n--BOUNDARY--\r\n')
  ]);
  assert.deepEqual(body, expected);

  const ascii = core.buildMultipart(core.workbookParts('江岸区-2022.xls', data, { asciiHeader: true }), 'B');
  assert.match(Buffer.from(ascii.body).toString('latin1'), /filename="2022\.xls"\r\nContent-Type: application\/vnd\.ms-excel/);
  const random = core.buildMultipart([{ name: 'a', value: 'b' }]);
  assert.match(random.boundary, /^----SuanpanBoundary[a-z0-9]{24}$/);
});

test('multipart body parses back with the platform FormData parser', async () => {
  const data = new Uint8Array(5000).map((_, i) => (i * 13) & 255);
  const mp = core.buildMultipart(core.workbookParts('曾都区-2023.xlsx', data));
  const form = await new Response(mp.body, { headers: { 'Content-Type': mp.contentType } }).formData();
  const file = form.get('workbook');
  assert.equal(file.name, '曾都区-2023.xlsx');
  assert.deepEqual(new Uint8Array(await file.arrayBuffer()), data);
  assert.equal(form.get('filename'), '曾都区-2023.xlsx');
});

test('slices: 4 MB ranges, cutting and joining out of order', () => {
  assert.equal(core.SLICE_SIZE, 4 * 1024 * 1024);
  assert.deepEqual(core.sliceRanges(0), []);
  assert.deepEqual(core.sliceRanges(10, 4), [{ start: 0, end: 4 }, { start: 4, end: 8 }, { start: 8, end: 10 }]);
  const big = core.sliceRanges(9 * 1024 * 1024);
  assert.equal(big.length, 3);
  assert.equal(big[2].end - big[2].start, 1024 * 1024);
  const bytes = new Uint8Array(23).map((_, i) => i);
  const slices = core.sliceBytes(bytes, 5).map((data, index) => ({ index, data }));
  assert.equal(slices.length, 5);
  assert.deepEqual(core.joinSlices(slices.slice().reverse(), 5), bytes);
  assert.throws(() => core.joinSlices(slices.slice(1), 5), /第 1 段/);
});

test('cell references: plain, quoted, escaped quotes, absolute, ranges, no sheet, rubbish', () => {
  assert.deepEqual(core.parseCellRef('表3!D16'), { sheet: '表3', cell: 'D16', column: 4, row: 16 });
  assert.deepEqual(core.parseCellRef("'公开01 表'!$A$1"), { sheet: '公开01 表', cell: 'A1', column: 1, row: 1 });
  assert.deepEqual(core.parseCellRef("'It''s'!b2:c3"), { sheet: "It's", cell: 'B2:C3', column: 2, row: 2 });
  assert.deepEqual(core.parseCellRef("'a!b'!AA10"), { sheet: 'a!b', cell: 'AA10', column: 27, row: 10 });
  assert.deepEqual(core.parseCellRef('D16'), { sheet: null, cell: 'D16', column: 4, row: 16 });
  assert.equal(core.parseCellRef('表3!'), null);
  assert.equal(core.parseCellRef('!D1'), null);
  assert.equal(core.parseCellRef("'unterminated!A1"), null);
  assert.equal(core.parseCellRef('表3!16D'), null);
  assert.equal(core.parseCellRef(''), null);
  assert.equal(core.parseCellRef(undefined), null);
  assert.equal(core.formatCellRef('表3', 'D16'), '表3!D16');
  assert.equal(core.formatCellRef('公开01 表', 'A1'), "'公开01 表'!A1");
  assert.equal(core.formatCellRef("It's", 'A1'), "'It''s'!A1");
  assert.equal(core.formatCellRef('AB12', 'A1'), "'AB12'!A1");
  for (const s of ['表3', '公开01 表', "It's", 'a!b', 'AB12']) {
    assert.equal(core.parseCellRef(core.formatCellRef(s, 'C7')).sheet, s);
  }
});

const REPORT = {
  file: '江岸区医保局-2022-决算公开表.xlsx',
  stats: { rules: 77, checked: 1177, errors: 2, warnings: 1, infos: 1 },
  findings: [
    { rule: 'R9', severity: 'info', table: '公开01', sheet: '表1', cell: 'C5', message: 'i' },
    { rule: 'R5', severity: 'warning', table: '公开06', sheet: '表6', cell: 'F9', message: 'w' },
    { rule: 'T03-05', severity: 'error', table: '公开03', sheet: '表3', cell: 'E20', cells: ['表3!E20'], message: 'e2' },
    { rule: 'T03-04', severity: 'error', table: '公开03', sheet: '表3', cell: 'D16', cells: ['表3!D16', '表3!D17'], suspect: '表3!D18', message: 'e1' },
    { rule: 'X', severity: 'error', table: '公开02', message: 'no cell' }
  ]
};

test('findings sort errors first, then by table, row and column; targets prefer the suspect', () => {
  const list = core.sortFindings(REPORT.findings);
  assert.deepEqual(list.map((f) => f.rule), ['X', 'T03-04', 'T03-05', 'R5', 'R9']);
  assert.deepEqual(list.map((f) => f.label), ['错误', '错误', '错误', '警告', '提示']);
  assert.equal(list[0].target, null);
  assert.deepEqual(list[1].target, { sheet: '表3', cell: 'D18', column: 4, row: 18 });
  assert.deepEqual(list[2].target, { sheet: '表3', cell: 'E20', column: 5, row: 20 });
  assert.equal(list[1].index, 3);
  assert.equal(REPORT.findings[0].rule, 'R9', 'the report itself is not reordered');
  const quoted = core.sortFindings([{ severity: 'error', sheet: '公开01 表', cell: 'B3' }]);
  assert.deepEqual(quoted[0].target, { sheet: '公开01 表', cell: 'B3', column: 2, row: 3 });
  const bare = core.sortFindings([{ severity: 'error', sheet: 'S', cells: ['C4'] }]);
  assert.deepEqual(bare[0].target, { sheet: 'S', cell: 'C4', column: 3, row: 4 });
});

test('counts and summary text', () => {
  assert.deepEqual(core.countFindings(REPORT), { errors: 2, warnings: 1, infos: 1 });
  assert.deepEqual(core.countFindings({ findings: REPORT.findings }), { errors: 3, warnings: 1, infos: 1 });
  assert.equal(core.summaryText({ errors: 3, warnings: 1 }), '发现错误 3 处、警告 1 处');
  assert.equal(core.summaryText({ errors: 0, warnings: 0, infos: 2 }), '未发现错误（尾数提示 2 处）');
  const h = { 'x-suanpan-errors': '3', 'x-suanpan-warnings': '0' };
  assert.deepEqual(core.countsFromHeaders((n) => h[n.toLowerCase()] ?? null), { errors: 3, warnings: 0, filled: null });
});

test('service base: configured, own origin, default; input checking', () => {
  assert.equal(core.serviceBase('', { protocol: 'http:', host: '10.0.0.5:7070' }), 'http://10.0.0.5:7070');
  assert.equal(core.serviceBase(null, { protocol: 'file:', host: '' }), 'http://127.0.0.1:7070');
  assert.equal(core.serviceBase(undefined, undefined), 'http://127.0.0.1:7070');
  assert.equal(core.serviceBase(' https://审核.example/ ', { protocol: 'http:', host: 'x' }), 'https://审核.example');
  assert.equal(core.serviceBase('host:8080', null), 'http://host:8080');
  assert.equal(core.normaliseServiceInput('192.168.1.2:7070/'), 'http://192.168.1.2:7070');
  assert.equal(core.normaliseServiceInput('HTTPS://a.b/suanpan/'), 'https://a.b/suanpan');
  assert.equal(core.normaliseServiceInput(''), '');
  assert.throws(() => core.normaliseServiceInput('http://a b'), /服务地址/);
});

test('error messages come from the service JSON when there is one', () => {
  assert.equal(core.errorMessage(422, core.utf8Encode('{"error":"这不是可用的工作簿：请另存为 .xlsx 后再试"}')), '这不是可用的工作簿：请另存为 .xlsx 后再试');
  assert.match(core.errorMessage(0, null), /连不上审核服务/);
  assert.match(core.errorMessage(401, ''), /授权/);
  assert.match(core.errorMessage(500, 'boom'), /HTTP 500.*boom/);
});

test('SSE parser handles split chunks, CRLF, comments and multi-line data', () => {
  const p = core.sseParser();
  assert.deepEqual(p.feed('event: progress\ndata: {"done":1'), []);
  assert.deepEqual(p.feed(',"total":2}\n\n: keepalive\n\nevent: done\r\ndata: a\r\ndata: b\r\n\r\n'), [
    { event: 'progress', data: '{"done":1,"total":2}' },
    { event: 'done', data: 'a\nb' }
  ]);
  assert.deepEqual(p.feed('data: x\n'), []);
  assert.deepEqual(p.feed('\n'), [{ event: 'message', data: 'x' }]);
});

test('pollBatch polls until done, reporting progress, and gives up after maxPolls', async () => {
  const states = [
    { status: 'running', done: 0, total: 2 },
    { status: 'running', done: 1, total: 2, errors: 1, warnings: 0, failed: 0 },
    { status: 'done', done: 2, total: 2, errors: 1, warnings: 0, failed: 0 }
  ];
  const paths = [];
  const sleeps = [];
  const seen = [];
  const final = await core.pollBatch((p) => { paths.push(p); return Promise.resolve(states[paths.length - 1]); }, 'ab/c', {
    sleep: (ms) => { sleeps.push(ms); return Promise.resolve(); },
    onProgress: (s) => seen.push(core.progressText(s))
  });
  assert.equal(final.status, 'done');
  assert.deepEqual(paths, ['/api/batches/ab%2Fc', '/api/batches/ab%2Fc', '/api/batches/ab%2Fc']);
  assert.deepEqual(sleeps, [1000, 1000]);
  assert.deepEqual(seen, ['进度 0/2', '进度 1/2（错误 1，警告 0，无法审核 0）', '进度 2/2（错误 1，警告 0，无法审核 0）']);
  await assert.rejects(core.pollBatch(() => Promise.resolve({ status: 'running' }), 'x', { sleep: () => Promise.resolve(), maxPolls: 3 }), /超时/);
});

test('companion files: each sent under its field only to the actions that read it; chosen inputs are read', async () => {
  const b = { name: 'dir/预算.xlsx', bytes: new Uint8Array([1, 2]) };
  const p = { name: '上年.xlsx', bytes: new Uint8Array([3]) };
  const n = { name: '说明.docx', bytes: new Uint8Array([4]) };
  const fields = (kind) => core.companionParts(kind, { budget: b, prior: p, narrative: n }).map((x) => x.name + ':' + x.filename);
  assert.deepEqual(fields('check'), ['budget:预算.xlsx', 'prior:上年.xlsx', 'narrative:说明.docx']);
  assert.deepEqual(fields('annotate'), fields('check'));
  assert.deepEqual(fields('explain'), ['prior:上年.xlsx']);
  assert.deepEqual(fields('fill'), []);
  assert.deepEqual(core.companionParts('check', null), []);
  assert.ok(/^[\x20-\x7e]+$/.test(core.companionParts('check', { budget: b }, { asciiHeader: true })[0].filename));
  assert.deepEqual(core.COMPANIONS.map((c) => c.field), ['budget', 'prior', 'narrative']);

  const file = { name: '预算.xlsx', arrayBuffer: async () => new Uint8Array([7, 8, 9]).buffer };
  const doc = { getElementById: (id) => (id === 'companion-budget' ? { files: [file] } : id === 'companion-prior' ? { files: [] } : null) };
  const chosen = await core.readCompanionInputs(doc);
  assert.deepEqual(Object.keys(chosen), ['budget']);
  assert.equal(chosen.budget.name, '预算.xlsx');
  assert.deepEqual(Array.from(chosen.budget.bytes), [7, 8, 9]);
  assert.deepEqual(await core.readCompanionInputs({ getElementById: () => null }), {});
});
