/*
 * office-host.js — what the Suanpan Office add-in does with Excel through Office.js: read the open workbook in
 * 4 MB slices (Office.context.document.getFileAsync(Office.FileType.Compressed)), send it to the service,
 * open the result as a new workbook (Excel.createWorkbook(base64)) and select a finding's cell.
 *
 * Office and Excel are handed in (the globals in the task pane, office-addin-mock objects in the tests).
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('../lib/suanpan-core.js'));
  } else {
    root.SuanpanOffice = factory(root.SuanpanCore);
  }
})(typeof self !== 'undefined' ? self : this, function (core) {
  'use strict';

  /**
   * The name to upload under: the document's file name from Office.context.document.url (a local path or a
   * OneDrive/SharePoint URL), with .xlsx as its extension because getFileAsync(Compressed) always hands back
   * Office Open XML, also for a workbook opened from .xls. '工作簿.xlsx' when the workbook was never saved.
   */
  function workbookName(Office) {
    var url = '';
    try { url = String((Office.context.document && Office.context.document.url) || ''); } catch (e) { url = ''; }
    var file = url.replace(/[?#].*$/, '').split(/[\\/]/).pop() || '';
    try { file = decodeURIComponent(file); } catch (e) { /* keep it as it is */ }
    var parts = core.splitName(file);
    if (!parts.base) return '工作簿.xlsx';
    var ext = parts.ext.toLowerCase() === 'xlsm' ? 'xlsm' : 'xlsx';
    return parts.base + '.' + ext;
  }

  /** The whole workbook as bytes, read in 4 MB slices. */
  function readWorkbook(Office, onProgress) {
    return core.readOfficeDocument(Office.context.document, Office.FileType.Compressed, {
      sliceSize: core.SLICE_SIZE,
      onProgress: onProgress
    });
  }

  /** Whether Excel.createWorkbook is there (ExcelApi 1.8: Excel 2019, Microsoft 365, Excel on the web). */
  function canCreateWorkbook(Office, Excel) {
    try {
      if (Office.context.requirements && !Office.context.requirements.isSetSupported('ExcelApi', '1.8')) return false;
    } catch (e) { /* older hosts: try the function itself */ }
    return !!(Excel && typeof Excel.createWorkbook === 'function');
  }

  /** Opens bytes of an .xlsx as a new workbook. */
  function openWorkbook(Excel, bytes) {
    return Promise.resolve(Excel.createWorkbook(core.base64Encode(bytes)));
  }

  /** Activates the finding's sheet and selects its cell in the workbook the pane belongs to. */
  function selectCell(Excel, target) {
    if (!target || !target.sheet) return Promise.reject(new Error('这条结果没有对应的单元格'));
    return Excel.run(function (context) {
      var sheet = context.workbook.worksheets.getItem(target.sheet);
      sheet.activate();
      sheet.getRange(target.cell).select();
      return context.sync();
    }).then(null, function (e) {
      var code = e && (e.code || (e.debugInfo && e.debugInfo.code));
      if (code === 'ItemNotFound') throw new Error('找不到工作表“' + target.sheet + '”');
      throw e;
    });
  }

  /**
   * One action from start to end. kind: 'check' (report + annotated copy), 'fill' or 'explain'.
   * env: {Office, Excel, base, token, createXhr, onStatus(text), open (default true), download(bytes, name),
   * companions ({budget, prior, narrative}: {name, bytes}, optional files sent along where the action reads them)}.
   * Resolves to {kind, name, counts, findings?, report?, fileName, bytes, opened}.
   */
  function runAction(kind, env) {
    var status = env.onStatus || function () {};
    var name = workbookName(env.Office);
    var result = { kind: kind, name: name, opened: false };
    status('正在读取工作簿…');
    return readWorkbook(env.Office, function (done, total) {
      if (total > 1) status('正在读取工作簿（' + done + '/' + total + '）…');
    }).then(function (bytes) {
      var request = { base: env.base, token: env.token, name: name, bytes: bytes, createXhr: env.createXhr, timeout: env.timeout,
        companions: env.companions };
      if (kind === 'check') {
        status('正在审核“' + name + '”…');
        return core.submitWorkbook('check', request).then(function (r) {
          result.report = r.report;
          result.findings = r.findings;
          result.counts = r.counts;
          status('正在生成标注副本…');
          return core.submitWorkbook('annotate', request);
        });
      }
      if (kind === 'fill') {
        status('正在填充合计…');
        return core.submitWorkbook('fill', request);
      }
      if (kind === 'explain') {
        status('正在生成情况说明…');
        return core.submitWorkbook('explain', request);
      }
      throw new Error('未知操作 ' + kind);
    }).then(function (r) {
      if (!result.counts) result.counts = r.counts;
      else if (r.counts && r.counts.filled !== null && r.counts.filled !== undefined) result.counts.filled = r.counts.filled;
      result.fileName = r.fileName;
      result.bytes = r.bytes;
      if (env.open === false) return result;
      if (kind !== 'explain' && canCreateWorkbook(env.Office, env.Excel)) {
        status('正在打开“' + r.fileName + '”…');
        return openWorkbook(env.Excel, r.bytes).then(function () {
          result.opened = true;
          return result;
        });
      }
      return result;
    });
  }

  return {
    workbookName: workbookName,
    readWorkbook: readWorkbook,
    canCreateWorkbook: canCreateWorkbook,
    openWorkbook: openWorkbook,
    selectCell: selectCell,
    runAction: runAction
  };
});
