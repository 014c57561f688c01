'use strict';
// Files that cannot be run here (VBA, PowerShell, cmd): their encodings and shapes, which are what breaks first
// on a Chinese Windows machine. Shell scripts get a bash syntax check.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const root = path.join(__dirname, '..');

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out); else out.push(p);
  }
  return out;
}
const files = walk(root);

test('Suanpan.bas: GBK with CRLF, VB_Name first, the five macros and their English aliases', () => {
  const raw = fs.readFileSync(path.join(root, 'vba', 'Suanpan.bas'));
  assert.ok(!raw.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'no UTF-8 BOM');
  const text = new TextDecoder('gbk', { fatal: true }).decode(raw);
  assert.ok(!/[^\r]\n/.test(text) && !/\r(?!\n)/.test(text), 'every line ends in CRLF');
  assert.match(text, /^Attribute VB_Name = "Suanpan"\r\n/);
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(raw), 'it is not UTF-8 (which the VBA editor would garble)');
  for (const m of ['审核本表', '填充合计', '生成说明', '设置服务地址', '选择部门预算表', 'SuanpanCheck', 'SuanpanFill', 'SuanpanExplain', 'SuanpanSettings',
    'SuanpanBudget']) {
    assert.match(text, new RegExp(`^Public Sub ${m}\\(\\)\\r$`, 'm'), m);
  }
  for (const needle of ['SaveCopyAs', 'WinHttp.WinHttpRequest.5.1', 'SetTimeouts', 'ADODB.Stream', 'name=""filename""', 'filename*=', 'Environ$("TEMP")', 'SUANPAN_URL', 'SUANPAN_TOKEN', 'Workbooks.Open',
    'name=""budget""', 'GetOpenFilename']) {
    assert.ok(text.includes(needle), needle);
  }
  const stripComment = (line) => {
    let inString = false;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '"') inString = !inString;
      else if (line[i] === "'" && !inString) return line.slice(0, i);
    }
    return line;
  };
  const lines = text.split('\r\n').map((l) => stripComment(l).trim());
  const count = (re) => lines.filter((l) => re.test(l)).length;
  assert.equal(count(/^(Public |Private )?Sub \S/), count(/^End Sub$/), 'Sub / End Sub balance');
  assert.equal(count(/^(Public |Private )?Function \S/), count(/^End Function$/), 'Function / End Function balance');
  assert.equal(count(/^Select Case /), count(/^End Select$/), 'Select / End Select balance');
  assert.equal(count(/^(For|For Each) /), count(/^Next\b/), 'For / Next balance');
  assert.equal(count(/^Do\b/), count(/^Loop\b/), 'Do / Loop balance');
  assert.equal(count(/^If .* Then$/), count(/^End If$/), 'block If / End If balance');
  assert.ok(!lines.some((l) => l.length > 1023), 'VBA line length limit');
});

test('PowerShell files carry a UTF-8 BOM; .cmd files are ASCII with CRLF-free-safe content', () => {
  const ps1 = files.filter((f) => f.endsWith('.ps1'));
  assert.ok(ps1.length >= 2);
  for (const f of ps1) {
    const raw = fs.readFileSync(f);
    assert.deepEqual([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf], `${path.relative(root, f)} needs a BOM for Windows PowerShell 5.1`);
    const text = raw.toString('utf8');
    assert.ok(!/\$args\s*=/.test(text), `${path.relative(root, f)} must not assign the automatic $args`);
    assert.ok(!/\b2>\s*\$null/.test(text.replace(/#.*$/gm, '')), `${path.relative(root, f)}: no native stderr redirection (5.1 turns it into errors)`);
  }
  for (const f of files.filter((x) => x.endsWith('.cmd'))) {
    assert.ok(fs.readFileSync(f).every((b) => b < 0x80), `${path.relative(root, f)} is ASCII`);
  }
});

test('shell scripts parse (bash -n) and are executable', () => {
  for (const f of files.filter((x) => x.endsWith('.sh'))) {
    execFileSync('bash', ['-n', f]);
    assert.ok(fs.statSync(f).mode & 0o100, `${path.relative(root, f)} is executable`);
  }
});

test('check.ps1 keeps the contract: endpoints, token header, exit codes, fallbacks', () => {
  const text = fs.readFileSync(path.join(root, 'cli', 'check.ps1'), 'utf8');
  for (const needle of ['/api/annotate', '/api/batches', 'summary.xlsx', 'results.zip', 'Authorization', 'Bearer', 'SUANPAN_URL', 'SUANPAN_TOKEN',
    'curl.exe', 'System.Net.Http.HttpClient', "filename\\*", '-审核', 'exit $code', "@('budget', $Budget)", "@('prior', $Prior)",
    "@('narrative', $Narrative)"]) {
    assert.ok(text.includes(needle), needle);
  }
});
