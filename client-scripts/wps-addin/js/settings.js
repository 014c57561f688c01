/* settings.js — the 设置服务地址 dialog: service address and optional token, kept in localStorage. */
/* global SuanpanCore, SuanpanWps */
(function () {
  'use strict';
  var app = SuanpanWps.application(window);
  function $(id) { return document.getElementById(id); }
  function stores() {
    var local = null;
    try { local = window.localStorage; } catch (e) { local = null; }
    return { local: local, plugin: app && app.PluginStorage };
  }
  function setStatus(text, kind) { $('status').textContent = text; $('status').className = kind || ''; }

  var current = SuanpanWps.loadSettings(stores(), window.SUANPAN_DEFAULTS, window.location);
  $('service').value = current.configured;
  $('token').value = current.token;
  $('default').textContent = SuanpanCore.serviceBase(window.SUANPAN_DEFAULTS && window.SUANPAN_DEFAULTS.service, window.location);

  $('test').onclick = function () {
    var base;
    try {
      base = SuanpanCore.serviceBase(SuanpanCore.normaliseServiceInput($('service').value), window.location);
    } catch (e) { setStatus(e.message, 'error'); return; }
    setStatus('正在连接 ' + base + ' …');
    SuanpanCore.httpRequest({ url: base + '/api/health', timeout: 10000 }).then(function (res) {
      if (res.status !== 200) throw new Error(SuanpanCore.errorMessage(res.status, res.body));
      var j = res.json();
      setStatus('连接成功：审核服务 ' + (j.version || '') + ' 正常', 'ok');
    }).then(null, function (e) { setStatus(e.message || String(e), 'error'); });
  };
  $('save').onclick = function () {
    try {
      var saved = SuanpanWps.saveSettings(stores(), $('service').value, $('token').value);
      setStatus('已保存：' + SuanpanCore.serviceBase(saved || (window.SUANPAN_DEFAULTS || {}).service, window.location), 'ok');
      setTimeout(function () { window.close(); }, 600);
    } catch (e) { setStatus(e.message, 'error'); }
  };
  $('cancel').onclick = function () { window.close(); };
})();
