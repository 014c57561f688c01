/*
 * taskpane.js — the Suanpan task pane in Excel: buttons for 审核本表 / 填充合计 / 生成说明 (SuanpanOffice.runAction),
 * the findings list (errors first; a click selects the cell) and the service address, kept in localStorage.
 */
/* global Office, Excel, SuanpanCore, SuanpanOffice */
(function () {
  'use strict';

  var KEYS = { service: 'suanpan.service', token: 'suanpan.token' };
  var busy = false;
  var findings = null;

  function $(id) { return document.getElementById(id); }
  function store() { try { return window.localStorage; } catch (e) { return null; } }
  function get(key) { var s = store(); return (s && s.getItem(key)) || ''; }
  function set(key, value) { var s = store(); if (!s) return; if (value) s.setItem(key, value); else s.removeItem(key); }
  function base() { return SuanpanCore.serviceBase(get(KEYS.service), window.location); }

  function setStatus(text, kind) { $('status').textContent = text || ''; $('status').className = kind || ''; }
  function setBusy(on) {
    busy = on;
    ['run-check', 'run-fill', 'run-explain'].forEach(function (id) { $(id).disabled = on; });
  }

  function render() {
    var list = $('findings');
    list.innerHTML = '';
    if (!findings) { $('filters').hidden = true; return; }
    var showInfo = $('show-info').checked;
    var hasInfo = false;
    findings.forEach(function (f) {
      if (f.severity === 'info') { hasInfo = true; if (!showInfo) return; }
      var li = document.createElement('li');
      var badge = document.createElement('span');
      badge.className = 'badge ' + (f.severity || 'info');
      badge.textContent = f.label;
      var ref = document.createElement('span');
      ref.className = 'ref';
      ref.textContent = f.target ? SuanpanCore.formatCellRef(f.target.sheet, f.target.cell) : (f.table || '');
      var msg = document.createElement('span');
      msg.className = 'msg';
      msg.textContent = f.message || f.expression || f.rule || '';
      li.appendChild(badge);
      li.appendChild(ref);
      li.appendChild(msg);
      if (f.target) {
        li.title = '点击定位到 ' + ref.textContent;
        li.onclick = function () {
          SuanpanOffice.selectCell(Excel, f.target).then(function () {
            var cur = document.querySelectorAll('#findings li.current');
            for (var i = 0; i < cur.length; i++) cur[i].className = '';
            li.className = 'current';
          }, function (e) { setStatus(e.message || String(e), 'error'); });
        };
      } else {
        li.className = 'nocell';
      }
      list.appendChild(li);
    });
    $('filters').hidden = !hasInfo;
  }

  /** Offers bytes as a download link (the .docx, or a workbook where Excel.createWorkbook is missing). */
  function offerDownload(bytes, name, contentType) {
    var blob = new Blob([bytes], { type: contentType || SuanpanCore.contentTypeFor(name) });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.textContent = '下载“' + name + '”';
    $('result').innerHTML = '';
    $('result').appendChild(a);
  }

  function run(kind) {
    if (busy) return;
    setBusy(true);
    $('result').textContent = '';
    if (kind === 'check') { findings = null; render(); }
    SuanpanCore.readCompanionInputs(document).then(function (companions) {
      return SuanpanOffice.runAction(kind, {
        Office: Office, Excel: Excel, base: base(), token: get(KEYS.token), companions: companions,
        onStatus: function (t) { setStatus(t); }
      });
    }).then(function (r) {
      var c = r.counts || {};
      var text;
      if (kind === 'check') {
        findings = r.findings;
        render();
        text = '“' + r.name + '”：' + SuanpanCore.summaryText(c) + '。';
      } else if (kind === 'fill') {
        text = '已填充' + (typeof c.filled === 'number' ? ' ' + c.filled + ' 处' : '') + '。';
      } else {
        text = '情况说明草稿已生成。';
      }
      if (r.opened) text += '结果已在新工作簿中打开（保存时请起名为“' + r.fileName + '”）。';
      else offerDownload(r.bytes, r.fileName);
      setStatus(text, c.errors ? 'error' : 'ok');
    }, function (e) {
      setStatus(e && e.message ? e.message : String(e), 'error');
    }).then(function () { setBusy(false); });
  }

  Office.onReady(function (info) {
    $('service').textContent = base();
    $('service-input').value = get(KEYS.service);
    $('token-input').value = get(KEYS.token);
    if (info && info.host && info.host !== Office.HostType.Excel) {
      setStatus('请在 Excel 中使用本加载项', 'error');
      return;
    }
    setBusy(false);
    $('run-check').onclick = function () { run('check'); };
    $('run-fill').onclick = function () { run('fill'); };
    $('run-explain').onclick = function () { run('explain'); };
    $('show-info').onchange = render;
    $('toggle-settings').onclick = function () { $('settings').hidden = !$('settings').hidden; };
    $('save-settings').onclick = function () {
      try {
        set(KEYS.service, SuanpanCore.normaliseServiceInput($('service-input').value));
        set(KEYS.token, $('token-input').value.trim());
        $('service').textContent = base();
        $('settings').hidden = true;
        setStatus('已保存', 'ok');
      } catch (e) { setStatus(e.message, 'error'); }
    };
  });
})();
