/*
 * taskpane.js — the Suanpan task pane in WPS 表格: runs 审核本表 / 填充合计 / 生成说明 on the active workbook
 * (through SuanpanWps.runAction) and lists the findings, errors first; clicking one selects its cell.
 * The ribbon opens this page as taskpane.html#run=check|fill|explain&t=<time>.
 */
/* global SuanpanCore, SuanpanWps */
(function () {
  'use strict';

  var app = SuanpanWps.application(window);
  var busy = false;
  var last = null; // the last check result: {findings, original, resultName}

  function $(id) { return document.getElementById(id); }

  function stores() {
    var local = null;
    try { local = window.localStorage; } catch (e) { local = null; }
    return { local: local, plugin: app && app.PluginStorage };
  }

  function settings() {
    return SuanpanWps.loadSettings(stores(), window.SUANPAN_DEFAULTS, window.location);
  }

  function setStatus(text, kind) {
    var el = $('status');
    el.textContent = text || '';
    el.className = kind || '';
  }

  function setBusy(on) {
    busy = on;
    ['run-check', 'run-fill', 'run-explain'].forEach(function (id) { $(id).disabled = on; });
  }

  function showService() {
    $('service').textContent = settings().service;
  }

  function renderFindings() {
    var list = $('findings');
    list.innerHTML = '';
    if (!last || !last.findings) { $('filters').hidden = true; return; }
    var showInfo = $('show-info').checked;
    var hasInfo = false;
    last.findings.forEach(function (f) {
      if (f.severity === 'info') { hasInfo = true; if (!showInfo) return; }
      var li = document.createElement('li');
      var badge = document.createElement('span');
      badge.className = 'badge ' + (f.severity || 'info');
      badge.textContent = f.label;
      li.appendChild(badge);
      var ref = document.createElement('span');
      ref.className = 'ref';
      ref.textContent = f.target ? SuanpanCore.formatCellRef(f.target.sheet, f.target.cell) : (f.table || '');
      li.appendChild(ref);
      var msg = document.createElement('span');
      msg.className = 'msg';
      msg.textContent = f.message || f.expression || f.rule || '';
      li.appendChild(msg);
      if (f.target) {
        li.title = '点击定位到 ' + ref.textContent;
        li.onclick = function () { select(f, li); };
      } else {
        li.className = 'nocell';
      }
      list.appendChild(li);
    });
    $('filters').hidden = !hasInfo;
  }

  function select(f, li) {
    try {
      SuanpanWps.selectCell(app, f.target, [last.resultName, last.original]);
      var items = document.querySelectorAll('#findings li.current');
      for (var i = 0; i < items.length; i++) items[i].className = '';
      li.className = 'current';
    } catch (e) {
      setStatus(e.message || String(e), 'error');
    }
  }

  function describe(r) {
    var c = r.counts || {};
    if (r.kind === 'check') return '“' + r.name + '”：' + SuanpanCore.summaryText(c) + '。已打开标注副本。';
    if (r.kind === 'fill') return '已填充' + (typeof c.filled === 'number' ? ' ' + c.filled + ' 处' : '') + '，已打开填充后的副本。';
    return r.opened ? '情况说明草稿已生成并打开。' : '情况说明草稿已生成，请到下面的位置打开。';
  }

  function run(kind) {
    if (busy) return;
    if (!app || !app.ActiveWorkbook) { setStatus('请先打开要审核的工作簿', 'error'); return; }
    var s = settings();
    setBusy(true);
    if (kind === 'check') { last = null; renderFindings(); }
    $('result').textContent = '';
    SuanpanCore.readCompanionInputs(document).then(function (companions) {
      return SuanpanWps.runAction(kind, {
        app: app, base: s.service, token: s.token, companions: companions,
        onStatus: function (t) { setStatus(t); }
      });
    }).then(function (r) {
      if (kind === 'check') {
        last = { findings: r.findings, original: r.original, resultName: r.resultName };
        renderFindings();
      }
      setStatus(describe(r), r.counts && r.counts.errors ? 'error' : 'ok');
      $('result').textContent = '结果文件：' + r.resultPath;
    }, function (e) {
      setStatus(e && e.message ? e.message : String(e), 'error');
    }).then(function () { setBusy(false); });
  }

  function runFromHash() {
    var m = /(?:^#|&)run=(check|fill|explain)\b/.exec(window.location.hash || '');
    if (m) run(m[1]);
  }

  $('run-check').onclick = function () { run('check'); };
  $('run-fill').onclick = function () { run('fill'); };
  $('run-explain').onclick = function () { run('explain'); };
  $('show-info').onchange = renderFindings;
  $('settings').onclick = function () {
    var ratio = window.devicePixelRatio || 1;
    var base = String(window.location.href).replace(/[?#].*$/, '');
    app.ShowDialog(base.substring(0, base.lastIndexOf('/')) + '/settings.html', '设置服务地址', 480 * ratio, 330 * ratio, true);
  };
  window.addEventListener('hashchange', runFromHash);
  window.addEventListener('focus', showService);
  showService();
  runFromHash();
})();
