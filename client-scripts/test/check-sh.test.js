'use strict';
// cli/check.sh against the fake service: exit codes, names, the token header, batches.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, execFileSync } = require('child_process');
const fake = require('../testlib/fake-service.js');

const script = path.join(__dirname, '..', 'cli', 'check.sh');
let haveTools = true;
try { execFileSync('bash', ['-c', 'command -v curl']); } catch (e) { haveTools = false; }

function run(args, env) {
  return new Promise((resolve) => {
    const p = spawn('bash', [script, ...args], { env: { ...process.env, SUANPAN_POLL_SECONDS: '0', ...env } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let service;
let dir;
test.before(async () => { service = await fake.start({ token: 'tok' }); dir = fs.mkdtempSync(path.join(os.tmpdir(), 'suanpan-cli-')); });
test.after(async () => { await service.close(); fs.rmSync(dir, { recursive: true, force: true }); });

const workbook = (name, marker = '') => {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from(marker)]));
  return p;
};

test('a clean workbook: exit 0, <base>-审核.<ext> from Content-Disposition, counts printed', { skip: !haveTools }, async () => {
  const f = workbook('单位 甲;"引号".xlsx');
  const r = await run([f], { SUANPAN_URL: service.url + '/' });
  assert.equal(r.code, 0, r.stderr);
  const out = path.join(dir, '单位 甲;_引号_-审核.xlsx'); // " is not allowed in Windows names
  assert.ok(fs.existsSync(out), r.stdout + r.stderr);
  assert.equal(fs.readFileSync(out, 'latin1').endsWith('ANNOTATED'), true);
  assert.match(r.stdout, /错误 0 个，警告 0 个/);
  const req = service.requests.at(-1);
  assert.equal(req.path, '/api/annotate');
  assert.deepEqual(req.form.files.map((x) => x.name), ['单位 甲;"引号".xlsx']);
  assert.equal(req.form.fields.filename, '单位 甲;"引号".xlsx');
  assert.equal(req.headers.authorization, undefined, 'no token unless SUANPAN_TOKEN is set');
});

test('errors found: exit 1; the token goes along when set', { skip: !haveTools }, async () => {
  const f = workbook('errors.xls', 'ERR WARN');
  const r = await run([f], { SUANPAN_URL: service.url, SUANPAN_TOKEN: 'tok' });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /错误 1 个，警告 1 个/);
  assert.ok(fs.existsSync(path.join(dir, 'errors-审核.xls')));
  assert.equal(service.requests.at(-1).headers.authorization, 'Bearer tok');
});

test('not a workbook, no service, no such file: exit 2 with a message', { skip: !haveTools }, async () => {
  const bad = path.join(dir, 'bad.xlsx');
  fs.writeFileSync(bad, 'hello');
  let r = await run([bad], { SUANPAN_URL: service.url });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /这不是可用的工作簿：请用 Excel 或 WPS 另存为 \.xlsx 后再试/);
  r = await run([workbook('x.xlsx')], { SUANPAN_URL: 'http://127.0.0.1:1' });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /连不上审核服务 http:\/\/127\.0\.0\.1:1/);
  r = await run([path.join(dir, 'missing.xlsx')], { SUANPAN_URL: service.url });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /找不到/);
  r = await run([], {});
  assert.equal(r.code, 2);
  assert.match(r.stdout, /check\.sh 工作簿\.xlsx/);
});

test('a folder: one batch of its workbooks (lock files and earlier results left out), progress, downloads', { skip: !haveTools }, async () => {
  const folder = path.join(dir, '批次', '二〇二三');
  workbook('批次/二〇二三/甲单位.xlsx', 'ERR');
  workbook('批次/二〇二三/乙单位.xls');
  workbook('批次/二〇二三/~$甲单位.xlsx');
  workbook('批次/二〇二三/甲单位-审核.xlsx');
  fs.writeFileSync(path.join(folder, 'readme.txt'), 'x');
  let r = await run([folder], { SUANPAN_URL: service.url });
  assert.equal(r.code, 2, 'the fake service wants a token for batches');
  assert.match(r.stderr, /需要授权令牌/);
  r = await run([folder + '/'], { SUANPAN_URL: service.url, SUANPAN_TOKEN: 'tok' });
  assert.equal(r.code, 1, r.stderr);
  const create = service.requests.filter((q) => q.path === '/api/batches').at(-1);
  assert.deepEqual(create.form.files.map((x) => x.name), ['乙单位.xls', '甲单位.xlsx']);
  assert.match(r.stderr, /进度 1\/2（/);
  assert.match(r.stderr, /进度 2\/2（错误 1，警告 0，无法审核 0）/);
  assert.equal(fs.readFileSync(path.join(dir, '批次', '二〇二三-汇总.xlsx'), 'latin1'), 'PKsummary');
  assert.equal(fs.readFileSync(path.join(dir, '批次', '二〇二三-审核结果.zip'), 'latin1'), 'PKresults');
  assert.match(r.stdout, /共 2 个工作簿：错误 1 个/);
});

test('a folder with an unusable workbook exits 2; an empty folder too', { skip: !haveTools }, async () => {
  const folder = path.join(dir, 'mixed');
  workbook('mixed/a.xlsx');
  fs.writeFileSync(path.join(folder, 'b.xlsx'), 'broken');
  let r = await run([folder], { SUANPAN_URL: service.url, SUANPAN_TOKEN: 'tok' });
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match(r.stdout, /无法审核 1 个/);
  fs.mkdirSync(path.join(dir, 'empty'));
  r = await run([path.join(dir, 'empty')], { SUANPAN_URL: service.url });
  assert.equal(r.code, 2);
  assert.match(r.stderr, /没有 \.xlsx 或 \.xls 工作簿/);
});

test('--budget, --prior and --narrative go along with one workbook under their part names; not with a folder', { skip: !haveTools }, async () => {
  const f = workbook('决算.xlsx');
  const b = workbook('附件/武汉市医疗保障局-2023-部门预算表.xlsx', 'budget');
  const n = path.join(dir, '说明.txt');
  fs.writeFileSync(n, '情况说明');
  const r = await run([f, '--budget', b, '--narrative', n], { SUANPAN_URL: service.url });
  assert.equal(r.code, 0, r.stderr);
  const req = service.requests.at(-1);
  assert.equal(req.path, '/api/annotate');
  assert.deepEqual(req.form.files.map((x) => [x.field, x.name]),
    [['workbook', '决算.xlsx'], ['budget', '武汉市医疗保障局-2023-部门预算表.xlsx'], ['narrative', '说明.txt']]);
  let bad = await run([f, '--budget'], { SUANPAN_URL: service.url });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--budget 后面要跟一个文件/);
  bad = await run([dir, '--budget', b], { SUANPAN_URL: service.url });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /只用于审核一个工作簿/);
});
