// 算盘 web page: plain JS, no framework. Talks to the HTTP API described in notes/http-api.md.
'use strict';

(() => {
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

  const SEVERITY = {
    error: {label: '错误', order: 0},
    warning: {label: '警告', order: 1},
    info: {label: '提示', order: 2},
  };

  const WORKBOOK_EXTENSIONS = ['xlsx', 'xls', 'xlsm'];

  const STATUS_TEXT = {
    400: '请求不完整或格式不对，请检查所选文件后重试。',
    401: '服务器要求访问令牌：请在“模板与审核公式”页填写令牌后重试。',
    403: '没有权限执行此操作。',
    404: '没有找到请求的内容（批量任务可能已过期），请重新提交。',
    413: '文件太大（每个文件不超过 20 MB，每批不超过 500 个文件），请拆分后重试。',
    415: '文件类型不受支持，请上传 .xlsx 或 .xls 工作簿。',
    422: '文件无法作为决算公开表读取，请确认是 .xlsx 或 .xls 工作簿且未加密、未损坏。',
    429: '服务器正忙，请稍后重试。',
    500: '服务器内部错误，请稍后重试；如果一直出现，请联系管理员。',
    502: '服务器暂时无法访问，请稍后重试。',
    503: '服务器暂时无法访问，请稍后重试。',
  };

  // ---------- small helpers ----------

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v == null || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) {
      if (c == null) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function show(node, on = true) {
    node.hidden = !on;
  }

  function showError(node, message) {
    node.textContent = message || '';
    show(node, Boolean(message));
  }

  function token() {
    return (localStorage.getItem('suanpan.token') || '').trim();
  }

  function authHeaders() {
    const t = token();
    return t ? {Authorization: 'Bearer ' + t} : {};
  }

  /** An Error whose message is what the person should read. */
  class ApiError extends Error {}

  async function errorOf(response) {
    let message = '';
    try {
      const type = response.headers.get('Content-Type') || '';
      if (type.includes('json')) {
        const body = await response.json();
        message = body && typeof body.error === 'string' ? body.error : '';
      } else {
        const text = (await response.text()).trim();
        // a short plain-text message is worth showing; an HTML error page is not
        if (text && text.length < 300 && !text.startsWith('<')) message = text;
      }
    } catch (e) {
      // body unreadable: fall back to the status text below
    }
    const fallback = STATUS_TEXT[response.status] || `请求失败（HTTP ${response.status}），请稍后重试。`;
    if (response.status === 401 && message) {
      // the server's message speaks to API clients; on the page the token goes into a field
      message += (token() ? ' 已填写的令牌不正确，' : ' ') + '请在“模板与审核公式”页填写访问令牌后重试。';
    }
    return new ApiError(message || fallback);
  }

  async function request(url, options = {}) {
    let response;
    try {
      response = await fetch(url, options);
    } catch (e) {
      throw new ApiError('无法连接审核服务器，请检查网络或确认服务已启动。');
    }
    if (!response.ok) throw await errorOf(response);
    return response;
  }

  async function requestJson(url, options = {}) {
    const response = await request(url, options);
    try {
      return await response.json();
    } catch (e) {
      throw new ApiError('服务器返回的内容无法解析，请稍后重试。');
    }
  }

  /** The file name from Content-Disposition: filename* (RFC 5987, UTF-8) first, then filename. */
  function fileNameOf(disposition, fallback) {
    if (disposition) {
      const star = /filename\*\s*=\s*([^;]+)/i.exec(disposition);
      if (star) {
        let value = star[1].trim().replace(/^"(.*)"$/, '$1');
        const m = /^([\w-]+)'[^']*'(.*)$/.exec(value);
        if (m) value = m[2];
        try {
          return decodeURIComponent(value);
        } catch (e) {
          // malformed escape: try the plain name
        }
      }
      const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
      if (plain) return (plain[2] != null ? plain[2] : plain[1]).trim();
    }
    return fallback;
  }

  function saveBlob(blob, name) {
    const url = URL.createObjectURL(blob);
    const a = el('a', {href: url, download: name});
    a.style.display = 'none';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  function baseName(name) {
    return String(name || '').replace(/\.[^.]*$/, '');
  }

  function extension(name) {
    const m = /\.([^.]+)$/.exec(String(name || ''));
    return m ? m[1].toLowerCase() : '';
  }

  function formatAmount(v) {
    if (v == null || v === '') return '';
    const n = Number(v);
    if (!Number.isFinite(n)) return String(v);
    return n.toLocaleString('zh-CN', {minimumFractionDigits: 2, maximumFractionDigits: 4});
  }

  function formatPlain(v) {
    if (v == null || v === '') return '';
    const n = Number(v);
    if (!Number.isFinite(n)) return String(v);
    return n.toLocaleString('zh-CN', {maximumFractionDigits: 4});
  }

  // ---------- tabs ----------

  function selectTab(tab) {
    for (const t of $$('[role=tab]')) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      show(document.getElementById(t.getAttribute('aria-controls')), on);
    }
  }

  function initTabs() {
    for (const t of $$('[role=tab]')) {
      t.addEventListener('click', () => {
        selectTab(t);
        history.replaceState(null, '', '#' + t.id.replace(/^tab-/, ''));
      });
    }
    const initial = document.getElementById('tab-' + location.hash.slice(1));
    if (initial) selectTab(initial);
  }

  // ---------- file inputs with drop zones ----------

  function describeFiles(files) {
    const list = Array.from(files || []);
    if (!list.length) return '未选择文件';
    if (list.length === 1) return '已选择：' + list[0].name;
    const names = list.slice(0, 3).map(f => f.name).join('、');
    return `已选择 ${list.length} 个文件：${names}${list.length > 3 ? ' 等' : ''}`;
  }

  function initDropZones() {
    // a file dropped beside a zone must not make the browser leave the page to open it
    for (const type of ['dragover', 'drop']) {
      window.addEventListener(type, e => {
        if (!e.target.closest || !e.target.closest('.drop')) e.preventDefault();
      });
    }
    for (const zone of $$('.drop')) {
      const input = document.getElementById(zone.dataset.input);
      const chosen = document.getElementById(input.id + '-chosen');
      const update = () => {
        chosen.textContent = describeFiles(input.files);
        zone.classList.toggle('has-file', input.files.length > 0);
        chosen.classList.toggle('none', input.files.length === 0);
      };
      input.addEventListener('change', update);
      zone.addEventListener('dragover', e => {
        e.preventDefault();
        zone.classList.add('over');
      });
      zone.addEventListener('dragleave', () => zone.classList.remove('over'));
      zone.addEventListener('drop', e => {
        e.preventDefault();
        zone.classList.remove('over');
        const dropped = Array.from(e.dataTransfer.files || []);
        if (!dropped.length) return;
        const dt = new DataTransfer();
        for (const f of input.multiple ? dropped : dropped.slice(0, 1)) dt.items.add(f);
        input.files = dt.files;
        update();
      });
      update();
    }
  }

  // ---------- 单个审核 ----------

  const single = {
    report: null,
    // the files the shown report was made from: downloads send these, not whatever is chosen since
    files: null,
  };

  const SUMMARY_KIND = {
    fix: {label: '先改', cls: 'error'},
    fill: {label: '可自动填充', cls: 'fill'},
    explain: {label: '待说明', cls: 'warning'},
    unchecked: {label: '未核对', cls: 'info'},
  };

  /** Narrative rules whose figures are percentages (shares, completion rates); a change (N03) is one when the text says %. */
  function isPercent(f) {
    if (f.unit) return f.unit === '%';
    if (f.source !== 'narrative') return false;
    if (f.rule === 'N02' || f.rule === 'N04') return true;
    return f.rule === 'N03' && /[%％]/.test(f.quote || '') && !/万元/.test(f.quote || '');
  }

  function clearSingleResult() {
    single.report = null;
    single.files = null;
    show($('#single-result'), false);
    showError($('#download-error'), '');
    $('#download-status').textContent = '';
    $('#download-file').textContent = '';
  }

  function singleFiles() {
    return {
      workbook: $('#workbook').files[0] || null,
      narrative: $('#narrative').files[0] || null,
      prior: $('#prior').files[0] || null,
      budget: $('#budget').files[0] || null,
    };
  }

  function validateWorkbook(file, what) {
    if (!file) return `请先选择${what}。`;
    if (!WORKBOOK_EXTENSIONS.includes(extension(file.name))) {
      return `“${file.name}”不是 .xlsx 或 .xls 工作簿，请重新选择${what}。`;
    }
    return '';
  }

  function formOf(parts) {
    const form = new FormData();
    for (const [name, file] of Object.entries(parts)) {
      if (file) form.append(name, file, file.name);
    }
    return form;
  }

  function busy(button, on, label) {
    if (on) {
      button.dataset.label = button.textContent;
      button.textContent = label;
      button.disabled = true;
    } else {
      if (button.dataset.label) button.textContent = button.dataset.label;
      button.disabled = false;
    }
  }

  async function runCheck(event) {
    event.preventDefault();
    const files = singleFiles();
    const error = $('#single-error');
    // the server checks a 情况说明 on its own (its internal arithmetic) when no workbook is given
    const problem = (files.workbook || !files.narrative ? validateWorkbook(files.workbook, '决算公开表工作簿') : '')
      || (files.prior ? validateWorkbook(files.prior, '上年决算公开表') : '')
      || (files.budget ? validateWorkbook(files.budget, '部门预算表') : '')
      || (files.narrative && !['docx', 'txt'].includes(extension(files.narrative.name))
        ? `“${files.narrative.name}”不是 .docx 或 .txt 文件，请重新选择情况说明。` : '');
    showError(error, problem);
    if (problem) return;
    const button = $('#check-btn');
    busy(button, true, '正在审核…');
    $('#single-status').textContent = '';
    // a result stays on the page only as long as it is the result of what was sent
    clearSingleResult();
    try {
      const report = await requestJson('api/check', {method: 'POST', body: formOf(files), headers: authHeaders()});
      single.report = report;
      single.files = files;
      renderReport(report);
      $('#single-status').textContent = '审核完成。';
      $('#single-result').scrollIntoView({behavior: 'smooth', block: 'start'});
    } catch (e) {
      clearSingleResult();
      showError(error, e.message);
    } finally {
      busy(button, false);
    }
  }

  function verdictOf(report) {
    const s = report.stats || {};
    const errors = s.errors || 0;
    const warnings = s.warnings || 0;
    if (errors > 0) return {cls: 'bad', text: `未通过：发现 ${errors} 处错误${warnings ? `、${warnings} 处警告` : ''}，请更正后重新审核。`};
    const explained = (report.findings || []).filter(f => f.severity === 'warning' && f.explanation).length;
    if (warnings > 0 && explained === warnings) return {cls: 'good', text: `通过：${warnings} 处警告都已说明。`};
    if (warnings > 0) return {cls: 'warn', text: `通过，但有 ${warnings} 处警告${explained ? `（已说明 ${explained} 处）` : ''}，请核实；确属正常的，在标注工作簿“审核结果”表的“说明”栏写明原因。`};
    return {cls: 'good', text: '通过：未发现错误。'};
  }

  function renderReport(report) {
    show($('#single-result'));
    const v = verdictOf(report);
    const verdict = $('#verdict');
    verdict.className = 'verdict ' + v.cls;
    verdict.textContent = v.text;

    const s = report.stats || {};
    const tables = report.tables || [];
    const tableText = tables.length
      ? tables.map(t => t.label && t.label !== t.id ? `${t.id}（${t.label}）` : t.id).join('、')
      : '未识别到决算公开表';
    const narrativeOnly = !tables.length && report.narrative && report.file === report.narrative;
    const items = narrativeOnly ? [
      ['情况说明', report.narrative],
      ['范围', '只核对了情况说明本身的计算（占比、增减、完成率、分项合计）；同时上传工作簿可核对文中数字与表格是否一致。'],
      ['结论', v.text],
    ] : [
      ['文件', report.file || ''],
      ['部门', report.department || '未能识别'],
      ['年度', report.year || '未能识别'],
      ['版式', report.editionName || report.edition || '未能识别'],
      ['识别到的表', `${tables.length} 张：${tableText}`],
      ['结论', v.text],
    ];
    if (report.narrative && !narrativeOnly) items.splice(1, 0, ['情况说明', report.narrative]);
    const ins = report.inspection;
    if (ins) {
      items.push(['公开检查', `得分 ${formatPlain(ins.score)}（满分 100）：错误 ${ins.errors}、警告 ${ins.warnings}、待填写等提示 ${ins.infos}`
        + (ins.unchecked && ins.unchecked.length ? '；' + ins.unchecked.join('') : '')]);
    }
    const cov = report.narrativeCoverage;
    if (cov) items.push(['情况说明核对', `找到 ${cov.figures} 处数字，核对了 ${cov.verified} 处` + (cov.unverified.length ? `，${cov.unverified.length} 处未核对（见下）` : '')]);
    const dl = $('#summary');
    dl.replaceChildren();
    for (const [k, val] of items) {
      dl.append(el('div', {class: 'item'}, el('dt', {text: k}), el('dd', {text: val})));
    }
    if (cov && cov.unverified.length) {
      // what Suanpan could not check, with the reason: the reader checks these by hand
      dl.append(el('details', {class: 'item unverified'}, el('summary', {text: '未核对的数字及原因'}),
        el('ul', {}, ...cov.unverified.map(u => el('li', {text: `第${u.paragraph + 1}段 “${u.quote}”：${u.reason}`})))));
    }
    const tiles = [
      ['错误', s.errors || 0, (s.errors || 0) > 0 ? 'error' : ''],
      ['警告', s.warnings || 0, (s.warnings || 0) > 0 ? 'warning' : ''],
      ['提示', s.infos || 0, ''],
    ];
    if (s.explained) tiles.push(['已说明', s.explained, 'explained']);
    if (s.checked || !s.claims) tiles.push(['已核对关系', s.checked || 0, '']);
    if (s.claims) tiles.push(['情况说明已核对的数字', s.claims, '']);
    if (ins) tiles.push(['公开检查得分', formatPlain(ins.score), ins.errors > 0 ? 'error' : ins.warnings > 0 ? 'warning' : '']);
    $('#tiles').replaceChildren(...tiles.map(([k, n, cls]) =>
      el('div', {class: 'tile ' + cls}, el('span', {class: 'n', text: String(n)}), el('span', {class: 'k', text: k}))));
    showError($('#download-error'), '');
    $('#download-status').textContent = '';
    renderTodo(report);
    renderDownloadNote();
    renderFindings();
  }

  function renderTodo(report) {
    const items = (report.summary && report.summary.items) || [];
    const list = $('#todo-list');
    list.replaceChildren(...items.map(i => {
      const kind = SUMMARY_KIND[i.kind] || {label: i.label || i.kind, cls: 'info'};
      const li = el('li', {class: 'todo-' + i.kind}, el('span', {class: 'badge ' + kind.cls, text: i.label || kind.label}), ' ');
      if (i.cell) {
        const at = i.text.indexOf(i.cell);
        if (at >= 0) {
          li.append(i.text.slice(0, at), el('a', {href: '#', class: 'mono cell-link', 'data-cell': i.cell, text: i.cell}),
            i.text.slice(at + i.cell.length));
          return li;
        }
      }
      li.append(i.text);
      return li;
    }));
    show($('#todo'), items.length > 0);
  }

  /** Marks the findings of a cell and scrolls to the first. */
  function showCell(ref) {
    const rows = $$('#findings tbody tr');
    let first = null;
    for (const tr of rows) {
      const hit = tr.dataset.cells && tr.dataset.cells.split(' ').includes(ref);
      tr.classList.toggle('hit', Boolean(hit));
      if (hit && !first) first = tr;
    }
    if (first) first.scrollIntoView({behavior: 'smooth', block: 'center'});
  }

  function renderDownloadNote() {
    const files = single.files;
    $('#download-file').textContent = files && files.workbook
      ? `下载的文件都按已审核的“${files.workbook.name}”生成${files.prior ? `（上年：${files.prior.name}）` : ''}。` : '';
  }

  function fillHints(report) {
    const hints = new Map();
    for (const i of (report.summary && report.summary.items) || []) {
      if (i.kind === 'fill' && i.cell) hints.set(i.cell, i.expected);
    }
    return hints;
  }

  function sortedFindings(findings) {
    return findings
      .map((f, i) => ({f, i}))
      .sort((a, b) => (SEVERITY[a.f.severity]?.order ?? 3) - (SEVERITY[b.f.severity]?.order ?? 3) || a.i - b.i)
      .map(x => x.f);
  }

  function findingRow(f, hints) {
    const sev = SEVERITY[f.severity] || {label: f.severity || ''};
    const inspection = f.source === 'inspection';
    const narrative = f.source === 'narrative' || (inspection && f.paragraph != null);
    const tr = el('tr', {class: 'sev-' + (f.severity || 'other') + (narrative ? ' narrative' : '') + (inspection ? ' inspection' : '')
        + (f.explanation ? ' explained' : ''),
      'data-cells': [f.sheet && f.cell ? f.sheet + '!' + f.cell : '', f.suspect || ''].concat(f.cells || []).filter(Boolean).join(' ')});
    const td = (label, content, cls) => {
      const cell = el('td', {'data-label': label, class: cls});
      if (content instanceof Node) cell.append(content);
      else cell.textContent = content == null ? '' : String(content);
      return cell;
    };

    const sheet = narrative
      ? el('span', {}, '情况说明', f.sheet ? el('span', {class: 'sub'}, ' → ' + f.sheet) : null)
      : (f.sheet || f.table || '');
    const cellText = f.cell || '';
    const suspectRef = f.suspect && f.sheet && f.suspect.startsWith(f.sheet + '!') ? f.suspect.slice(f.sheet.length + 1) : f.suspect;
    const suspect = suspectRef && suspectRef !== f.cell ? el('div', {class: 'sub', text: '可能出错：' + suspectRef}) : null;
    const cell = el('span', {}, el('span', {class: 'mono', text: cellText}), suspect);

    let formula;
    if (narrative) {
      formula = el('blockquote', {class: 'quote', text: f.quote || f.formula || ''});
    } else {
      formula = el('span', {},
        el('span', {text: f.formula || ''}),
        f.expression ? el('div', {class: 'sub mono', text: f.expression}) : null);
    }
    const percent = isPercent(f);
    const fmt = v => (percent ? (v == null || v === '' ? '' : formatPlain(v) + '%') : formatAmount(v));
    const left = narrative && f.stated != null ? f.stated : f.left;
    const right = narrative && f.computed != null ? f.computed : f.right;
    const tolerance = f.tolerance != null && Number(f.tolerance) > 0
      ? el('div', {class: 'sub', text: '容差 ' + formatPlain(f.tolerance)}) : null;
    const diff = el('span', {}, el('span', {text: fmt(f.difference)}), tolerance);
    const ref = f.sheet && f.cell ? f.sheet + '!' + f.cell : null;
    const fill = ref && hints && hints.has(ref)
      ? el('div', {class: 'fill-hint', text: `这个合计是空的（按 0 计），“下载自动填充的工作簿”会填入 ${formatAmount(hints.get(ref))}。`}) : null;
    const message = el('span', {},
      el('span', {text: f.message || ''}),
      fill,
      f.explanation ? el('div', {class: 'explanation'}, el('span', {class: 'badge explained', text: '已说明'}), ' ', f.explanation) : null,
      f.rule ? el('div', {class: 'sub'}, '规则 ', el('a', {href: '#help', class: 'rule-link mono', 'data-rule': f.rule, text: f.rule})) : null);
    const side = (label, value) => {
      const content = el('span', {}, narrative ? el('span', {class: 'sub side', text: label + ' '}) : null, fmt(value));
      return content;
    };

    tr.append(
      td('级别', el('span', {},
        el('span', {class: 'badge ' + (f.severity || ''), text: sev.label}),
        f.explanation ? el('span', {class: 'badge explained', text: '已说明'}) : null)),
      td('表名', sheet),
      td('单元格', cell),
      td('行次/项目', f.row || ''),
      td('审核公式', formula),
      td(narrative ? '文中数' : '左值', side('文中数', left), 'num'),
      td(narrative ? '计算数' : '右值', side('计算数', right), 'num'),
      td('差额', diff, 'num'),
      td('审核意见', message),
    );
    return tr;
  }

  function renderFindings() {
    const report = single.report;
    if (!report) return;
    const shown = new Set($$('#filters input:checked').map(i => i.value));
    const all = sortedFindings(report.findings || []);
    const visible = all.filter(f => shown.has(f.severity) || !SEVERITY[f.severity]);
    const body = $('#findings tbody');
    const frag = document.createDocumentFragment();
    const hints = fillHints(report);
    // the 公开检查 beside the arithmetic: listed after it under its own heading
    for (const f of visible.filter(x => x.source !== 'inspection')) frag.append(findingRow(f, hints));
    const inspected = visible.filter(x => x.source === 'inspection');
    if (inspected.length) {
      frag.append(el('tr', {class: 'group inspection'}, el('th', {colspan: 9, scope: 'rowgroup',
        text: `公开检查（完整性、细化程度、规范性）：${inspected.length} 条`})));
    }
    for (const f of inspected) frag.append(findingRow(f, hints));
    body.replaceChildren(frag);
    $('#findings-count').textContent = visible.length === all.length
      ? `共 ${all.length} 条` : `显示 ${visible.length} / ${all.length} 条`;
    show($('#no-findings'), all.length === 0);
    show($('#findings'), visible.length > 0);
  }

  async function download(button, url, parts, fallbackName, after) {
    // the files the report on the page was made from: what the page shows is what is downloaded
    const files = single.files || singleFiles();
    const problem = validateWorkbook(files.workbook, '决算公开表工作簿');
    const error = $('#download-error');
    showError(error, problem);
    if (problem) return;
    const status = $('#download-status');
    busy(button, true, '正在生成…');
    status.textContent = '';
    try {
      const response = await request(url, {method: 'POST', body: formOf(parts(files)), headers: authHeaders()});
      const blob = await response.blob();
      const name = fileNameOf(response.headers.get('Content-Disposition'), fallbackName(files.workbook));
      saveBlob(blob, name);
      status.textContent = (after ? after(response) : '') || `已下载：${name}`;
    } catch (e) {
      showError(error, e.message);
    } finally {
      busy(button, false);
    }
  }

  function initSingle() {
    $('#single-form').addEventListener('submit', runCheck);
    $('#clear-btn').addEventListener('click', () => {
      for (const id of ['workbook', 'narrative', 'prior', 'budget']) {
        const input = document.getElementById(id);
        input.value = '';
        input.dispatchEvent(new Event('change'));
      }
      clearSingleResult();
      showError($('#single-error'), '');
      $('#single-status').textContent = '';
    });
    for (const box of $$('#filters input')) box.addEventListener('change', renderFindings);
    $('#todo-list').addEventListener('click', e => {
      const a = e.target.closest('.cell-link');
      if (!a) return;
      e.preventDefault();
      showCell(a.dataset.cell);
    });
    $('#findings').addEventListener('click', e => {
      const a = e.target.closest('.rule-link');
      if (!a) return;
      e.preventDefault();
      showRule(a.dataset.rule);
    });
    $('#print-btn').addEventListener('click', () => window.print());
    $('#report-btn').addEventListener('click', e => download(e.currentTarget, 'api/report',
      f => ({workbook: f.workbook, narrative: f.narrative, prior: f.prior}),
      wb => `${baseName(wb.name)}-审核报告.xlsx`,
      () => '已下载审核报告（A4，可直接打印）。'));

    $('#annotate-btn').addEventListener('click', e => download(e.currentTarget, 'api/annotate',
      f => ({workbook: f.workbook, narrative: f.narrative, prior: f.prior}),
      wb => `${baseName(wb.name)}-审核.${extension(wb.name)}`,
      r => {
        const errors = r.headers.get('X-Suanpan-Errors');
        const warnings = r.headers.get('X-Suanpan-Warnings');
        return errors != null ? `已下载标注后的工作簿（错误 ${errors} 处，警告 ${warnings || 0} 处）。` : '';
      }));
    $('#fill-btn').addEventListener('click', e => download(e.currentTarget, 'api/fill',
      f => ({workbook: f.workbook}),
      wb => `${baseName(wb.name)}-填充.${extension(wb.name)}`,
      r => {
        const filled = r.headers.get('X-Suanpan-Filled');
        return filled != null ? `已下载填充后的工作簿（填入 ${filled} 个单元格）。` : '';
      }));
    $('#explain-btn').addEventListener('click', e => download(e.currentTarget, 'api/explain',
      f => ({workbook: f.workbook, prior: f.prior}),
      wb => `${baseName(wb.name)}-情况说明.docx`));
  }

  // ---------- 批量审核 ----------

  const batch = {
    id: null,
    source: null,
    timer: null,
    finished: false,
    summary: null,
    open: new Set(),
  };

  function stopWatching() {
    if (batch.source) {
      batch.source.close();
      batch.source = null;
    }
    if (batch.timer) {
      clearTimeout(batch.timer);
      batch.timer = null;
    }
  }

  function batchUrl(suffix = '') {
    return `api/batches/${encodeURIComponent(batch.id)}${suffix}`;
  }

  function renderProgress(p) {
    const total = Number(p.total) || 0;
    const done = Math.min(Number(p.done) || 0, total);
    const percent = total > 0 ? Math.floor(done * 100 / total) : (p.status === 'done' ? 100 : 0);
    const bar = $('#batch-progress');
    bar.value = percent;
    bar.textContent = percent + '%';
    $('#batch-percent').textContent = percent + '%';
    const parts = [`已审核 ${done} / ${total} 个文件`];
    if (p.errors != null) parts.push(`错误 ${p.errors} 处`);
    if (p.warnings != null) parts.push(`警告 ${p.warnings} 处`);
    if (p.failed) parts.push(`无法读取 ${p.failed} 个`);
    if (p.file && p.status !== 'done') parts.push(`刚完成：${p.file}`);
    $('#batch-progress-text').textContent = parts.join('，') + (p.status === 'done' ? '。全部完成。' : '。');
  }

  async function finishBatch(last) {
    if (batch.finished) return;
    batch.finished = true;
    stopWatching();
    if (last.status === 'failed') {
      // the batch as a whole could not be processed (e.g. an unreadable zip): say why, and no bar that reads as done
      show($('#batch-progress-card'), false);
      show($('#batch-result'), false);
      showError($('#batch-error'), last.error || '批量审核没有完成，请检查上传的文件后重新提交。');
      $('#batch-status').textContent = '';
      busy($('#batch-btn'), false);
      return;
    }
    renderProgress({...last, status: 'done', done: last.total ?? last.done});
    try {
      const summary = await requestJson(batchUrl('/summary.json?findings=true'), {headers: authHeaders()});
      renderSummary(summary);
      $('#batch-status').textContent = '批量审核完成。';
    } catch (e) {
      showError($('#batch-error'), e.message);
    } finally {
      busy($('#batch-btn'), false);
    }
  }

  function poll() {
    if (batch.finished) return;
    requestJson(batchUrl(), {headers: authHeaders()})
      .then(state => {
        if (batch.finished) return;
        renderProgress(state);
        if (state.status === 'done' || state.status === 'failed') finishBatch(state);
        else batch.timer = setTimeout(poll, 1000);
      })
      .catch(e => {
        showError($('#batch-error'), e.message);
        busy($('#batch-btn'), false);
      });
  }

  function watch() {
    if (!window.EventSource) {
      poll();
      return;
    }
    // EventSource cannot send an Authorization header: the server takes the token as a query parameter there.
    const t = token();
    let source;
    try {
      source = new EventSource(batchUrl('/events') + (t ? '?token=' + encodeURIComponent(t) : ''));
    } catch (e) {
      poll();
      return;
    }
    batch.source = source;
    const parse = e => {
      try {
        return JSON.parse(e.data);
      } catch (err) {
        return null;
      }
    };
    source.addEventListener('progress', e => {
      const p = parse(e);
      if (p) renderProgress(p);
    });
    source.addEventListener('done', e => finishBatch(parse(e) || {}));
    source.onerror = () => {
      // the stream broke or ended before `done`: stop reconnecting and ask for the state instead
      if (batch.source === source) {
        source.close();
        batch.source = null;
        if (!batch.finished) poll();
      }
    };
  }

  async function runBatch(event) {
    event.preventDefault();
    const files = Array.from($('#batch-files').files);
    const error = $('#batch-error');
    showError(error, '');
    const zips = files.filter(f => extension(f.name) === 'zip');
    const books = files.filter(f => WORKBOOK_EXTENSIONS.includes(extension(f.name)));
    let problem = '';
    if (!files.length) problem = '请先选择要审核的工作簿或 zip 压缩包。';
    else if (zips.length + books.length < files.length) {
      const other = files.find(f => !WORKBOOK_EXTENSIONS.includes(extension(f.name)) && extension(f.name) !== 'zip');
      problem = `“${other.name}”不是 .xlsx、.xls 或 .zip 文件，请去掉后重试。`;
    }
    showError(error, problem);
    if (problem) return;

    stopWatching();
    Object.assign(batch, {id: null, finished: false, summary: null, open: new Set()});
    // nothing of the previous batch stays on the page under the new one
    show($('#batch-result'), false);
    show($('#batch-progress-card'), false);
    $('#batch-progress-text').textContent = '';
    const form = new FormData();
    for (const f of books) form.append('workbook', f, f.name);
    for (const z of zips) form.append('zip', z, z.name);

    const button = $('#batch-btn');
    busy(button, true, '正在上传…');
    $('#batch-status').textContent = '';
    try {
      const created = await requestJson('api/batches', {method: 'POST', body: form, headers: authHeaders()});
      batch.id = created.id;
      button.textContent = '正在审核…';
      show($('#batch-progress-card'));
      renderProgress({done: 0, total: created.total, status: 'running'});
      watch();
    } catch (e) {
      show($('#batch-progress-card'), false);
      showError(error, e.message);
      busy(button, false);
    }
  }

  /** The highest robust z of a workbook's ratios: how far the department stands from the batch. */
  function scoreOf(row, outliers) {
    return outliers.filter(o => o.file === row.file).reduce((m, o) => Math.max(m, Math.abs(Number(o.score) || 0)), 0);
  }

  function tablesOf(row) {
    return new Set((row.findings || []).filter(f => f.severity !== 'info' && f.table).map(f => f.table));
  }

  function unexplained(row) {
    return (Number(row.warnings) || 0) - (Number(row.explained) || 0);
  }

  /** The rows the desk shows: filtered by what and which table, sorted as chosen. */
  function deskRows(summary) {
    const show = $('#batch-show').value;
    const table = $('#batch-table').value;
    const sort = $('#batch-sort').value;
    const outliers = summary.outliers || [];
    const unusable = r => Boolean(r.message) && !r.edition;
    const rows = (summary.rows || []).map((r, i) => ({...r, index: i, score: scoreOf(r, outliers)})).filter(r => {
      if (show === 'errors' && !(Number(r.errors) > 0)) return false;
      if (show === 'warnings' && !(Number(r.warnings) > 0)) return false;
      if (show === 'unexplained' && !(unexplained(r) > 0)) return false;
      if (show === 'passed' && (unusable(r) || Number(r.errors) > 0)) return false;
      if (show === 'failed' && !unusable(r)) return false;
      return !table || tablesOf(r).has(table);
    });
    const by = {
      errors: (a, b) => (Number(b.errors) || 0) - (Number(a.errors) || 0) || (Number(b.warnings) || 0) - (Number(a.warnings) || 0),
      warnings: (a, b) => unexplained(b) - unexplained(a) || (Number(b.warnings) || 0) - (Number(a.warnings) || 0),
      score: (a, b) => b.score - a.score,
      inspection: (a, b) => (a.inspectionScore ?? 101) - (b.inspectionScore ?? 101),
      department: (a, b) => String(a.department || '').localeCompare(String(b.department || ''), 'zh-CN'),
      file: (a, b) => String(a.file).localeCompare(String(b.file), 'zh-CN'),
    }[sort] || (() => 0);
    return rows.sort((a, b) => by(a, b) || a.index - b.index);
  }

  function detailRow(r) {
    const table = $('#batch-table').value;
    const findings = (r.findings || []).filter(f => !table || f.table === table);
    const box = el('div', {class: 'desk-detail'});
    if (r.message) box.append(el('p', {class: 'error', text: r.message}));
    if (!findings.length && !r.message) box.append(el('p', {class: 'ok', text: '没有发现问题。'}));
    if (findings.length) {
      const head = el('tr', {}, ...['级别', '规则', '表', '单元格', '行次/项目', '差额', '审核意见', '出错说明'].map(h => el('th', {scope: 'col', text: h})));
      const body = el('tbody', {}, ...sortedFindings(findings).map(f => el('tr', {class: 'sev-' + f.severity + (f.explanation ? ' explained' : '')},
        el('td', {'data-label': '级别'}, el('span', {class: 'badge ' + f.severity, text: (SEVERITY[f.severity] || {}).label || f.severity})),
        el('td', {'data-label': '规则', class: 'mono', text: f.rule || ''}),
        el('td', {'data-label': '表', text: f.table || ''}),
        el('td', {'data-label': '单元格', class: 'mono', text: f.sheet && f.cell ? f.sheet + '!' + f.cell : ''}),
        el('td', {'data-label': '行次/项目', text: f.row || ''}),
        el('td', {'data-label': '差额', class: 'num', text: isPercent(f) ? formatPlain(f.difference) + '%' : formatAmount(f.difference)}),
        el('td', {'data-label': '审核意见', text: f.message || ''}),
        el('td', {'data-label': '出错说明'}, f.explanation ? el('span', {}, el('span', {class: 'badge explained', text: '已说明'}), ' ', f.explanation) : ''))));
      box.append(el('table', {class: 'grid desk-findings'}, el('thead', {}, head), body));
    }
    return el('tr', {class: 'detail'}, el('td', {colspan: '9', 'data-label': '审核发现'}, box));
  }

  function renderDesk() {
    const summary = batch.summary;
    if (!summary) return;
    const outliers = summary.outliers || [];
    const rows = deskRows(summary);
    const byFile = new Map();
    for (const o of outliers) {
      if (!byFile.has(o.file)) byFile.set(o.file, []);
      byFile.get(o.file).push(o);
    }
    const body = $('#batch-summary tbody');
    const frag = document.createDocumentFragment();
    for (const r of rows) {
      const errors = Number(r.errors) || 0;
      const warnings = Number(r.warnings) || 0;
      const unusable = Boolean(r.message) && !r.edition;
      const cls = unusable ? 'failed' : errors > 0 ? 'sev-error' : warnings > 0 ? 'sev-warning' : 'ok-row';
      const notes = el('span', {});
      if (r.message) notes.append(el('div', {text: r.message}));
      for (const o of byFile.get(r.file) || []) notes.append(el('div', {class: 'outlier', text: outlierText(o)}));
      if (r.score > 0) notes.append(el('div', {class: 'sub', text: '偏离分 ' + r.score.toFixed(1)}));
      const td = (label, content, c) => {
        const cell = el('td', {'data-label': label, class: c});
        if (content instanceof Node) cell.append(content);
        else cell.textContent = content == null ? '' : String(content);
        return cell;
      };
      const open = batch.open.has(r.file);
      const tr = el('tr', {class: cls + ' desk-row' + (open ? ' open' : ''), 'data-file': r.file, tabindex: '0', 'aria-expanded': String(open)},
        td('文件', r.file),
        td('部门', r.department || ''),
        td('年度', r.year || ''),
        td('版式', r.editionName || r.edition || ''),
        td('错误数', unusable ? '—' : (r.errors ?? ''), 'num'),
        td('警告数', unusable ? '—' : `${warnings}${r.explained ? `（已说明 ${r.explained}）` : ''}`, 'num'),
        td('结论', r.conclusion || ''),
        td('公开检查得分', r.inspectionScore == null ? '—' : `${formatPlain(r.inspectionScore)}（第 ${r.inspectionRank} 名）`, 'num'),
        td('提示', notes));
      frag.append(tr);
      if (open) frag.append(detailRow(r));
    }
    body.replaceChildren(frag);
    const total = (summary.rows || []).length;
    $('#batch-shown').textContent = rows.length === total ? `共 ${total} 个工作簿` : `显示 ${rows.length} / ${total} 个工作簿`;
    $('#batch-count').textContent = `${total} 个工作簿，错误 ${summary.errors || 0} 处，警告 ${summary.warnings || 0} 处，无法审核 ${summary.failed || 0} 个`;
  }

  /** The desk's rows as they are shown, as CSV (UTF-8 with BOM, so Excel reads the Chinese). */
  function exportDesk() {
    const summary = batch.summary;
    if (!summary) return;
    const quote = v => {
      const t = v == null ? '' : String(v);
      return /[",\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
    };
    const lines = [['文件', '部门', '年度', '版式', '错误数', '警告数', '已说明', '偏离分', '结论', '说明'].join(',')];
    for (const r of deskRows(summary)) {
      lines.push([r.file, r.department, r.year, r.editionName || r.edition, r.errors, r.warnings, r.explained || 0,
        r.score ? r.score.toFixed(1) : '', r.conclusion, r.message].map(quote).join(','));
    }
    saveBlob(new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], {type: 'text/csv;charset=utf-8'}), '决算审核汇总（当前列表）.csv');
  }

  function renderSummary(summary) {
    batch.summary = summary;
    const tables = new Set();
    for (const r of summary.rows || []) tablesOf(r).forEach(t => tables.add(t));
    const select = $('#batch-table');
    const chosen = select.value;
    select.replaceChildren(el('option', {value: '', text: '全部'}),
      ...[...tables].sort().map(t => el('option', {value: t, text: t})));
    select.value = tables.has(chosen) ? chosen : '';
    renderDesk();
    const xlsx = $('#summary-xlsx');
    const zip = $('#results-zip');
    xlsx.href = batchUrl('/summary.xlsx');
    zip.href = batchUrl('/results.zip');
    const rest = (summary.outliers || []).filter(o => !(summary.rows || []).some(r => r.file === o.file));
    $('#outlier-list').replaceChildren(...rest.map(o => el('li', {text: (o.file ? o.file + '：' : '') + outlierText(o)})));
    show($('#outliers'), rest.length > 0);
    show($('#batch-result'));
  }

  function outlierText(o) {
    if (o.message) return o.message;
    return `${o.measure || ''} ${formatAmount(o.value)}（中位数 ${formatAmount(o.median)}）`;
  }

  /** With a token the summary links are fetched with the header and saved as blobs. */
  async function linkDownload(event) {
    if (!token()) return;
    event.preventDefault();
    const a = event.currentTarget;
    try {
      const response = await request(a.getAttribute('href'), {headers: authHeaders()});
      const fallback = a.getAttribute('href').split('/').pop();
      saveBlob(await response.blob(), fileNameOf(response.headers.get('Content-Disposition'), fallback));
    } catch (e) {
      showError($('#batch-error'), e.message);
    }
  }

  function initBatch() {
    $('#batch-form').addEventListener('submit', runBatch);
    for (const id of ['batch-show', 'batch-table', 'batch-sort']) $('#' + id).addEventListener('change', renderDesk);
    $('#batch-export').addEventListener('click', exportDesk);
    $('#batch-print').addEventListener('click', () => window.print());
    const toggle = e => {
      const tr = e.target.closest('tr.desk-row');
      if (!tr || e.target.closest('a')) return;
      if (e.type === 'keydown' && e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      const file = tr.dataset.file;
      if (batch.open.has(file)) batch.open.delete(file);
      else batch.open.add(file);
      renderDesk();
    };
    $('#batch-summary').addEventListener('click', toggle);
    $('#batch-summary').addEventListener('keydown', toggle);
    $('#summary-xlsx').addEventListener('click', linkDownload);
    $('#results-zip').addEventListener('click', linkDownload);
  }

  // ---------- rules, token, version ----------

  let rules = null;

  function renderRules() {
    const edition = $('#rules-edition').value;
    const words = $('#rules-search').value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const visible = rules.filter(r => (!edition || !r.edition || r.edition === edition)
      && words.every(w => [r.code, r.formula, r.source, r.description].join(' ').toLowerCase().includes(w)));
    const frag = document.createDocumentFragment();
    for (const r of visible) {
      const sev = SEVERITY[r.severity];
      frag.append(el('tr', {},
        el('td', {'data-label': '编号', class: 'mono', text: r.code || ''}),
        el('td', {'data-label': '版式', text: r.edition ? r.edition + ' 年版' : '各版式'}),
        el('td', {'data-label': '级别'}, el('span', {class: 'badge ' + (r.severity || ''), text: sev ? sev.label : (r.severity || '')})),
        el('td', {'data-label': '审核公式', text: r.formula || (r.source ? '（' + r.source + '）' : '')}),
        el('td', {'data-label': '说明', text: r.description || ''})));
    }
    $('#rules tbody').replaceChildren(frag);
    $('#rules-count').textContent = `${visible.length} / ${rules.length} 条`;
  }

  /** Opens the rules tab on one code, as a finding links to it. */
  async function showRule(code) {
    selectTab($('#tab-help'));
    history.replaceState(null, '', '#help');
    if (!rules) await loadRules();
    show($('#rules-box'));
    $('#rules-btn').textContent = '收起审核公式';
    $('#rules-edition').value = '';
    $('#rules-search').value = code;
    if (rules) renderRules();
    $('#rules-box').scrollIntoView({block: 'start'});
  }

  async function loadRules() {
    const button = $('#rules-btn');
    const box = $('#rules-box');
    if (rules) {
      show(box, box.hidden);
      button.textContent = box.hidden ? '显示审核公式' : '收起审核公式';
      return;
    }
    busy(button, true, '正在读取…');
    try {
      rules = await requestJson('api/rules');
      const select = $('#rules-edition');
      for (const e of [...new Set(rules.map(r => r.edition).filter(Boolean))].sort()) {
        select.append(el('option', {value: e, text: e + ' 年版'}));
      }
      renderRules();
      show(box);
      showError($('#rules-error'), '');
      busy(button, false);
      button.textContent = '收起审核公式';
    } catch (e) {
      showError($('#rules-error'), e.message);
      busy(button, false);
    }
  }

  function initHelp() {
    $('#rules-btn').addEventListener('click', loadRules);
    $('#rules-edition').addEventListener('change', renderRules);
    $('#rules-search').addEventListener('input', renderRules);
    const input = $('#token');
    input.value = token();
    input.addEventListener('change', () => {
      const t = input.value.trim();
      if (t) localStorage.setItem('suanpan.token', t);
      else localStorage.removeItem('suanpan.token');
    });
    fetch('api/health').then(r => (r.ok ? r.json() : null)).then(h => {
      if (h && h.version) $('#version').textContent = '版本 ' + h.version;
    }).catch(() => {});
  }

  initTabs();
  initDropZones();
  initSingle();
  initBatch();
  initHelp();
})();
