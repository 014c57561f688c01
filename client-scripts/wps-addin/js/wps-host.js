/*
 * wps-host.js — what the Suanpan WPS add-in does with WPS 表格 (et): save a copy of the active workbook
 * to a temporary file, read and write files through Application.FileSystem, open results, select cells.
 *
 * Every function takes the WPS Application object (window.Application, or wps.EtApplication()) as its
 * first argument, so the same code runs against a stand-in under node (test/wps-host.test.js).
 * The user's own workbook is never saved, closed or changed: only ActiveWorkbook.SaveCopyAs is used.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('../lib/suanpan-core.js'));
  } else {
    root.SuanpanWps = factory(root.SuanpanCore);
  }
})(typeof self !== 'undefined' ? self : this, function (core) {
  'use strict';

  var UPLOADABLE = { xlsx: true, xlsm: true, xls: true };

  /** The ET Application: window.Application in a WPS add-in page, else wps.EtApplication(). */
  function application(win) {
    win = win || (typeof window !== 'undefined' ? window : {});
    if (win.Application) return win.Application;
    if (win.wps && typeof win.wps.EtApplication === 'function') return win.wps.EtApplication();
    return null;
  }

  function fileSystem(app) {
    if (app && app.FileSystem) return app.FileSystem;
    if (typeof wps !== 'undefined' && wps && wps.FileSystem) return wps.FileSystem; // eslint-disable-line no-undef
    throw new Error('此版本的 WPS 不提供文件接口（FileSystem），无法上传工作簿');
  }

  function separatorOf(path) {
    return String(path).indexOf('\\') >= 0 ? '\\' : '/';
  }

  function joinPath(dir, name) {
    if (!dir) return name;
    var sep = separatorOf(dir);
    return /[\\/]$/.test(dir) ? dir + name : dir + sep + name;
  }

  /** The system temporary folder (Env.GetTempPath, else FileSystem.tmpdir). */
  function tempDir(app) {
    var dir = '';
    try { if (app.Env && typeof app.Env.GetTempPath === 'function') dir = app.Env.GetTempPath(); } catch (e) { dir = ''; }
    if (!dir) {
      try { dir = fileSystem(app).tmpdir(); } catch (e) { dir = ''; }
    }
    if (!dir) throw new Error('找不到系统临时文件夹');
    return String(dir);
  }

  function exists(app, path) {
    var fs = fileSystem(app);
    try {
      if (typeof fs.Exists === 'function') return !!fs.Exists(path);
      if (typeof fs.existsSync === 'function') return !!fs.existsSync(path);
    } catch (e) { return false; }
    return false;
  }

  /** Reads a file as bytes: ReadFileAsArrayBuffer where WPS has it, else readAsBinaryString. */
  function readFile(app, path) {
    var fs = fileSystem(app);
    if (typeof fs.ReadFileAsArrayBuffer === 'function') {
      var buf = fs.ReadFileAsArrayBuffer(path);
      if (buf && (buf.byteLength || buf.length)) return core.toUint8Array(buf);
    }
    if (typeof fs.readAsBinaryString === 'function') {
      var bin = fs.readAsBinaryString(path);
      if (typeof bin === 'string') return core.binaryStringToBytes(bin);
    }
    throw new Error('读不出临时文件：' + path);
  }

  /** Writes bytes to a file through writeAsBinaryString and checks it is there afterwards. */
  function writeFile(app, path, bytes) {
    var fs = fileSystem(app);
    if (typeof fs.writeAsBinaryString !== 'function') throw new Error('此版本的 WPS 不能写文件（缺少 writeAsBinaryString）');
    var ok = fs.writeAsBinaryString(path, core.bytesToBinaryString(bytes));
    if (ok === false || !exists(app, path)) throw new Error('写不了文件：' + path);
    return path;
  }

  function removeFile(app, path) {
    try {
      var fs = fileSystem(app);
      if (typeof fs.Remove === 'function') fs.Remove(path);
      else if (typeof fs.unlinkSync === 'function') fs.unlinkSync(path);
    } catch (e) { /* a leftover temporary file is harmless */ }
  }

  function stamp(now) {
    var d = now || new Date();
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return '' + d.getFullYear() + two(d.getMonth() + 1) + two(d.getDate()) + '-' + two(d.getHours()) + two(d.getMinutes()) + two(d.getSeconds());
  }

  /**
   * Saves a copy of the active workbook into the temporary folder with ActiveWorkbook.SaveCopyAs (the
   * open workbook, its name and its saved state stay as they are). Returns
   * {workbook, name (the name to upload under), path (the temporary copy), folder (the original's
   * folder, '' when never saved)}.
   */
  function saveActiveCopy(app, options) {
    options = options || {};
    var wb = app.ActiveWorkbook;
    if (!wb) throw new Error('请先打开要审核的工作簿');
    var name = String(wb.Name || '工作簿');
    var parts = core.splitName(name);
    var ext = parts.ext.toLowerCase();
    if (!ext) {
      ext = 'xlsx';
      name = name + '.xlsx';
    }
    if (!UPLOADABLE[ext]) {
      throw new Error('“' + name + '”是 .' + ext + ' 格式，审核服务只认 .xlsx 和 .xls：请先“另存为”Excel 工作簿（*.xlsx）再审核');
    }
    var rand = Math.floor((options.random || Math.random)() * 1e6);
    var path = joinPath(tempDir(app), 'suanpan-' + stamp(options.now) + '-' + rand + '.' + ext);
    wb.SaveCopyAs(path);
    if (!exists(app, path)) throw new Error('没能保存工作簿副本到临时文件夹：' + path);
    return { workbook: wb, name: name, path: path, folder: String(wb.Path || '') };
  }

  /** A path in `folder` named `fileName` that does not exist yet: x-审核.xlsx, x-审核(2).xlsx, … */
  function freePath(app, folder, fileName) {
    var p = core.splitName(fileName);
    var candidate = joinPath(folder, fileName);
    for (var i = 2; exists(app, candidate) && i < 1000; i++) {
      candidate = joinPath(folder, p.base + '(' + i + ')' + (p.ext ? '.' + p.ext : ''));
    }
    return candidate;
  }

  /**
   * Writes a result next to the original workbook (or, when that folder cannot be written or the
   * workbook was never saved, into the temporary folder) without overwriting anything. Returns the path.
   */
  function saveResult(app, folder, fileName, bytes) {
    var tries = [];
    if (folder) tries.push(folder);
    tries.push(tempDir(app));
    var lastError = null;
    for (var i = 0; i < tries.length; i++) {
      var path = freePath(app, tries[i], fileName);
      try {
        return writeFile(app, path, bytes);
      } catch (e) {
        lastError = e;
      }
    }
    throw lastError || new Error('写不了结果文件');
  }

  /** Opens a workbook in WPS 表格 and returns it. */
  function openWorkbook(app, path) {
    return app.Workbooks.Open(path);
  }

  /** Opens a document (the 情况说明 .docx) with the program the system associates with it. */
  function openDocument(app, path) {
    var oa = (app && app.OAAssist) || (typeof wps !== 'undefined' && wps && wps.OAAssist); // eslint-disable-line no-undef
    if (oa && typeof oa.ShellExecute === 'function') {
      oa.ShellExecute(path);
      return true;
    }
    return false;
  }

  function findWorkbook(app, name) {
    if (!name) return null;
    var books = app.Workbooks;
    var count = books ? books.Count : 0;
    for (var i = 1; i <= count; i++) {
      var wb = books.Item(i);
      if (wb && (wb.Name === name || wb.FullName === name)) return wb;
    }
    return null;
  }

  /**
   * Selects a finding's cell. `target` is {sheet, cell} (from SuanpanCore.parseCellRef); `workbooks`
   * lists acceptable workbook names in order of preference (the active one wins when it is among them).
   */
  function selectCell(app, target, workbooks) {
    if (!target || !target.sheet) throw new Error('这条结果没有对应的单元格');
    var names = workbooks || [];
    var active = app.ActiveWorkbook;
    var wb = null;
    if (active && (names.length === 0 || names.indexOf(active.Name) >= 0 || names.indexOf(active.FullName) >= 0)) wb = active;
    for (var i = 0; !wb && i < names.length; i++) wb = findWorkbook(app, names[i]);
    if (!wb) wb = active;
    if (!wb) throw new Error('工作簿已关闭');
    if (wb !== active && typeof wb.Activate === 'function') wb.Activate();
    var sheet;
    try { sheet = wb.Sheets.Item(target.sheet); } catch (e) { sheet = null; }
    if (!sheet) throw new Error('找不到工作表“' + target.sheet + '”');
    sheet.Activate();
    var range = sheet.Range(target.cell);
    range.Select();
    return { workbook: wb.Name, sheet: target.sheet, cell: target.cell };
  }

  /**
   * One ribbon action from start to end. kind: 'check' (report + annotated copy), 'fill' or 'explain'.
   * env: {app, base, token, createXhr, onStatus(text), openResult (default true), companions ({budget, prior,
   * narrative}: {name, bytes}, optional files sent along where the action reads them)}.
   * Resolves to {kind, name, counts, findings?, report?, resultPath?, opened}.
   */
  function runAction(kind, env) {
    var app = env.app;
    var status = env.onStatus || function () {};
    var copy;
    status('正在保存工作簿副本…');
    try {
      copy = saveActiveCopy(app, env);
    } catch (e) {
      return Promise.reject(e);
    }
    var bytes;
    try {
      bytes = readFile(app, copy.path);
    } catch (e) {
      removeFile(app, copy.path);
      return Promise.reject(e);
    }
    var request = {
      base: env.base, token: env.token, name: copy.name, bytes: bytes, createXhr: env.createXhr,
      timeout: env.timeout, boundary: env.boundary, companions: env.companions
    };
    var result = { kind: kind, name: copy.name, original: copy.workbook.Name, folder: copy.folder, opened: false };
    var chain;
    if (kind === 'check') {
      status('正在审核“' + copy.name + '”…');
      chain = core.submitWorkbook('check', request).then(function (r) {
        result.report = r.report;
        result.findings = r.findings;
        result.counts = r.counts;
        status('正在生成标注副本…');
        return core.submitWorkbook('annotate', request);
      });
    } else if (kind === 'fill') {
      status('正在填充“' + copy.name + '”的合计…');
      chain = core.submitWorkbook('fill', request);
    } else if (kind === 'explain') {
      status('正在生成“' + copy.name + '”的情况说明…');
      chain = core.submitWorkbook('explain', request);
    } else {
      removeFile(app, copy.path);
      return Promise.reject(new Error('未知操作 ' + kind));
    }
    return chain.then(function (r) {
      removeFile(app, copy.path);
      if (!result.counts) result.counts = r.counts;
      else if (r.counts && r.counts.filled !== null && r.counts.filled !== undefined) result.counts.filled = r.counts.filled;
      result.resultPath = saveResult(app, copy.folder, r.fileName, r.bytes);
      result.resultName = core.splitName(result.resultPath).base + '.' + core.splitName(result.resultPath).ext;
      if (env.openResult !== false) {
        if (kind === 'explain') {
          result.opened = openDocument(app, result.resultPath);
        } else {
          var opened = openWorkbook(app, result.resultPath);
          result.opened = true;
          if (opened && opened.Name) result.resultName = opened.Name;
        }
      }
      return result;
    }, function (err) {
      removeFile(app, copy.path);
      throw err;
    });
  }

  var KEYS = { service: 'suanpan.service', token: 'suanpan.token' };

  function readStore(store, key) {
    try {
      if (!store) return '';
      var v = typeof store.getItem === 'function' ? store.getItem(key) : null;
      return v === null || v === undefined ? '' : String(v);
    } catch (e) { return ''; }
  }

  /**
   * The service address and token: localStorage (kept between WPS sessions) first, then the
   * add-in's PluginStorage (this session), then config.js defaults (written by the installer).
   * Returns {service (normalised base URL), configured (what the person set, '' if nothing), token}.
   */
  function loadSettings(stores, defaults, location) {
    stores = stores || {};
    defaults = defaults || {};
    var configured = readStore(stores.local, KEYS.service) || readStore(stores.plugin, KEYS.service) || String(defaults.service || '');
    var token = readStore(stores.local, KEYS.token) || readStore(stores.plugin, KEYS.token) || String(defaults.token || '');
    return { service: core.serviceBase(configured, location), configured: configured, token: token };
  }

  /** Saves the service address (checked and normalised; '' goes back to the default) and token. */
  function saveSettings(stores, service, token) {
    var normalised = core.normaliseServiceInput(service);
    var targets = [stores.local, stores.plugin];
    for (var i = 0; i < targets.length; i++) {
      var s = targets[i];
      if (!s) continue;
      try {
        if (normalised) s.setItem(KEYS.service, normalised); else if (s.removeItem) s.removeItem(KEYS.service); else s.setItem(KEYS.service, '');
        if (token !== undefined) {
          if (token) s.setItem(KEYS.token, String(token).trim()); else if (s.removeItem) s.removeItem(KEYS.token); else s.setItem(KEYS.token, '');
        }
      } catch (e) { /* a store that refuses is skipped */ }
    }
    return normalised;
  }

  return {
    KEYS: KEYS,
    loadSettings: loadSettings,
    saveSettings: saveSettings,
    application: application,
    tempDir: tempDir,
    joinPath: joinPath,
    exists: exists,
    readFile: readFile,
    writeFile: writeFile,
    removeFile: removeFile,
    saveActiveCopy: saveActiveCopy,
    freePath: freePath,
    saveResult: saveResult,
    openWorkbook: openWorkbook,
    openDocument: openDocument,
    findWorkbook: findWorkbook,
    selectCell: selectCell,
    runAction: runAction
  };
});
