'use strict';
// A stand-in for the Suanpan service that follows /work/notes/http-api.md closely enough to test the clients
// without Java: it answers on 127.0.0.1 only, records every request, and decides findings from the upload's
// bytes (a workbook containing the ASCII text "ERR" has one error; "WARN" one warning; bytes that do not
// start like an .xlsx/.xls file are "not a usable workbook").
const http = require('http');
const crypto = require('crypto');

const XLSX_MAGIC = Buffer.from('PK');
const XLS_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

function usable(buf) {
  return buf.subarray(0, 2).equals(XLSX_MAGIC) || buf.subarray(0, 4).equals(XLS_MAGIC);
}

function splitName(name) {
  const file = String(name).split(/[\\/]/).pop();
  const dot = file.lastIndexOf('.');
  return dot <= 0 ? { base: file, ext: '' } : { base: file.slice(0, dot), ext: file.slice(dot + 1) };
}

function disposition(name) {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function countsOf(buf) {
  const s = buf.toString('latin1');
  return { errors: s.includes('ERR') ? 1 : 0, warnings: s.includes('WARN') ? 1 : 0 };
}

function report(name, buf) {
  const c = countsOf(buf);
  const findings = [];
  if (c.warnings) findings.push({ rule: 'W1', severity: 'warning', table: '公开09', sheet: "'三公' 表", cell: 'G7', cells: ["'三公' 表!G7"], message: '三公经费决算超过预算' });
  if (c.errors) findings.push({ rule: 'T03-04', severity: 'error', table: '公开03', sheet: '表3', cell: 'D16', cells: ['表3!D16', '表3!D17', '表3!D18'], suspect: '表3!D16', message: '款级科目应等于所属各项之和。' });
  findings.push({ rule: 'I1', severity: 'info', table: '公开01', sheet: '表1', cell: 'C9', message: '尾数差 0.01' });
  return { file: name, edition: '2021', valid: c.errors === 0, tables: [], stats: { rules: 3, checked: 3, errors: c.errors, warnings: c.warnings, infos: 1 }, findings };
}

async function parseForm(req, body) {
  const r = new Request('http://fake/', { method: 'POST', headers: { 'content-type': req.headers['content-type'] || '' }, body });
  const form = await r.formData();
  const files = [];
  const fields = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') fields[key] = value;
    else files.push({ field: key, name: value.name, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  return { fields, files };
}

function start(options = {}) {
  const requests = [];
  const batches = new Map();
  const server = http.createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url, 'http://fake');
    const record = { method: req.method, path: url.pathname, headers: req.headers, size: body.length };
    requests.push(record);
    const json = (status, obj, extra = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...extra });
      res.end(JSON.stringify(obj));
    };
    try {
      if (options.token && url.pathname.startsWith('/api/batches') && req.headers.authorization !== `Bearer ${options.token}`) {
        return json(401, { error: '需要授权令牌：请设置 SUANPAN_TOKEN' });
      }
      if (req.method === 'GET' && url.pathname === '/api/health') return json(200, { status: 'ok', version: '0.1.0' });
      if (req.method === 'POST' && ['/api/check', '/api/annotate', '/api/fill', '/api/explain'].includes(url.pathname)) {
        if (!/multipart\/form-data/.test(req.headers['content-type'] || '')) return json(400, { error: '请以 multipart/form-data 上传工作簿' });
        const form = await parseForm(req, body);
        record.form = { fields: form.fields, files: form.files.map((f) => ({ field: f.field, name: f.name, size: f.bytes.length })) };
        const wb = form.files.find((f) => f.field === 'workbook');
        if (!wb) return json(400, { error: '缺少 workbook 部分：请上传要审核的工作簿' });
        if (!usable(wb.bytes)) return json(422, { error: '这不是可用的工作簿：请用 Excel 或 WPS 另存为 .xlsx 后再试' });
        const name = form.fields.filename || wb.name;
        const { base, ext } = splitName(name);
        const c = countsOf(wb.bytes);
        if (url.pathname === '/api/check') return json(200, report(name, wb.bytes));
        if (url.pathname === '/api/annotate') {
          res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Disposition': disposition(`${base}-审核.${ext}`), 'X-Suanpan-Errors': String(c.errors), 'X-Suanpan-Warnings': String(c.warnings) });
          return res.end(Buffer.concat([wb.bytes, Buffer.from('ANNOTATED')]));
        }
        if (url.pathname === '/api/fill') {
          res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Disposition': disposition(`${base}-填充.${ext}`), 'X-Suanpan-Filled': '2' });
          return res.end(Buffer.concat([wb.bytes, Buffer.from('FILLED')]));
        }
        res.writeHead(200, { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Content-Disposition': disposition(`${base}-情况说明.docx`) });
        return res.end(Buffer.from('PKdocx'));
      }
      if (req.method === 'POST' && url.pathname === '/api/batches') {
        const form = await parseForm(req, body);
        record.form = { fields: form.fields, files: form.files.map((f) => ({ field: f.field, name: f.name, size: f.bytes.length })) };
        const files = form.files.filter((f) => f.field === 'workbook' || f.field === 'zip');
        if (!files.length) return json(400, { error: '缺少 workbook 部分：请上传要审核的工作簿' });
        const id = crypto.randomBytes(12).toString('hex');
        const items = files.map((f) => ({ name: f.name, usable: usable(f.bytes), ...countsOf(f.bytes) }));
        batches.set(id, { id, items, polls: 0 });
        return json(202, { id, total: items.length });
      }
      const m = /^\/api\/batches\/([^/]+)(\/.*)?$/.exec(url.pathname);
      if (req.method === 'GET' && m) {
        const b = batches.get(m[1]);
        if (!b) return json(404, { error: '没有这个批次：请重新提交' });
        const status = () => {
          const done = Math.min(b.items.length, b.polls);
          const finished = b.items.slice(0, done);
          return {
            id: b.id, status: done >= b.items.length ? 'done' : 'running', done, total: b.items.length,
            errors: finished.reduce((s, i) => s + (i.usable ? i.errors : 0), 0),
            warnings: finished.reduce((s, i) => s + (i.usable ? i.warnings : 0), 0),
            failed: finished.filter((i) => !i.usable).length
          };
        };
        if (!m[2]) { b.polls++; return json(200, status()); }
        if (m[2] === '/events') {
          res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache' });
          while (b.polls < b.items.length) {
            b.polls++;
            const s = status();
            res.write(`event: progress\ndata: ${JSON.stringify({ ...s, file: b.items[s.done - 1].name })}\n\n`);
          }
          res.write(`event: done\ndata: ${JSON.stringify(status())}\n\n`);
          return res.end();
        }
        if (status().status !== 'done') return json(409, { error: '批次还没有完成' });
        if (m[2] === '/summary.json') return json(200, { id: b.id, status: 'done', rows: b.items.map((i) => ({ file: i.name, errors: i.errors, warnings: i.warnings })), outliers: [] });
        if (m[2] === '/summary.xlsx') {
          res.writeHead(200, { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Disposition': disposition('汇总.xlsx') });
          return res.end(Buffer.from('PKsummary'));
        }
        if (m[2] === '/results.zip') {
          res.writeHead(200, { 'Content-Type': 'application/zip' });
          return res.end(Buffer.from('PKresults'));
        }
      }
      return json(404, { error: '没有这个地址' });
    } catch (e) {
      return json(500, { error: '内部错误：' + e.message });
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        port,
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () => new Promise((r) => { server.closeAllConnections && server.closeAllConnections(); server.close(() => r()); })
      });
    });
  });
}

/** An XMLHttpRequest work-alike over fetch, enough for SuanpanCore.httpRequest. */
class FetchXhr {
  constructor() { this.headers = {}; this.upload = {}; this.status = 0; this.response = null; }
  open(method, url) { this.method = method; this.url = url; }
  setRequestHeader(k, v) { this.headers[k] = v; }
  getResponseHeader(name) { return this._h ? this._h.get(name) : null; }
  send(body) {
    fetch(this.url, { method: this.method, headers: this.headers, body: body === null ? undefined : body })
      .then(async (r) => {
        this.status = r.status;
        this._h = r.headers;
        this.response = await r.arrayBuffer();
        this.onload();
      }, () => this.onerror());
  }
}

module.exports = { start, FetchXhr };
