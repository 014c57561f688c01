/*
 * main.js — ribbon callbacks of the Suanpan WPS add-in (named in ribbon.xml, so they are globals).
 * The buttons open the task pane (taskpane.html), which does the work and lists the findings;
 * 设置服务地址 opens settings.html as a dialog.
 */
/* global SuanpanWps */
'use strict';

var SUANPAN_PANE_KEY = 'suanpan.taskpane';

var SUANPAN_IMAGES = {
  btnCheck: 'images/check.svg',
  btnFill: 'images/fill.svg',
  btnExplain: 'images/explain.svg',
  btnSettings: 'images/settings.svg'
};

var SUANPAN_ACTIONS = { btnCheck: 'check', btnFill: 'fill', btnExplain: 'explain' };

/** The add-in's own folder URL (no trailing slash), for pages WPS wants as absolute URLs. */
function SuanpanAddinUrl() {
  var href = String(document.location.href).replace(/[?#].*$/, '');
  return href.substring(0, href.lastIndexOf('/'));
}

function SuanpanApp() {
  return SuanpanWps.application(window);
}

function OnAddinLoad(ribbonUI) {
  var app = SuanpanApp();
  if (app && typeof app.ribbonUI !== 'object') app.ribbonUI = ribbonUI;
  return true;
}

/** Shows the task pane and asks it to run `action` ('check', 'fill', 'explain' or '' for none). */
function SuanpanShowPane(action) {
  var app = SuanpanApp();
  var url = SuanpanAddinUrl() + '/taskpane.html' + (action ? '#run=' + action + '&t=' + new Date().getTime() : '');
  var pane = null;
  var id = app.PluginStorage.getItem(SUANPAN_PANE_KEY);
  if (id) {
    try { pane = app.GetTaskPane(id); } catch (e) { pane = null; }
  }
  if (pane) {
    pane.Navigate(url);
  } else {
    pane = app.CreateTaskPane(url, '决算审核');
    app.PluginStorage.setItem(SUANPAN_PANE_KEY, pane.ID);
    try { pane.DockPosition = 2; } catch (e) { /* msoCTPDockPositionRight; older versions dock right anyway */ }
  }
  pane.Visible = true;
  return pane;
}

function SuanpanShowSettings() {
  var app = SuanpanApp();
  var ratio = window.devicePixelRatio || 1;
  app.ShowDialog(SuanpanAddinUrl() + '/settings.html', '设置服务地址', 480 * ratio, 330 * ratio, true);
}

function OnAction(control) {
  var id = control && control.Id;
  try {
    if (SUANPAN_ACTIONS[id]) {
      if (!SuanpanApp().ActiveWorkbook) {
        alert('请先打开要审核的决算公开表工作簿');
        return true;
      }
      SuanpanShowPane(SUANPAN_ACTIONS[id]);
    } else if (id === 'btnSettings') {
      SuanpanShowSettings();
    }
  } catch (e) {
    alert('决算审核：' + (e && e.message ? e.message : e));
  }
  return true;
}

function GetImage(control) {
  return SUANPAN_IMAGES[control && control.Id] || 'images/check.svg';
}

function OnGetEnabled() {
  return true;
}

// The newer wpsjs templates name callbacks "ribbon.OnAction"; offer both spellings.
window.ribbon = { OnAddinLoad: OnAddinLoad, OnAction: OnAction, GetImage: GetImage, OnGetEnabled: OnGetEnabled };
