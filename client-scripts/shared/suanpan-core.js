/*
 * suanpan-core.js — logic shared by the Suanpan add-ins (WPS and Office) and tested under node.
 *
 * Plain ES5-compatible UMD: in a page it defines window.SuanpanCore, under node it is module.exports.
 * Nothing here touches WPS or Office: the hosts hand in what it needs (an XMLHttpRequest factory,
 * a sleep function, an Office document object).
 *
 * The canonical copy is client-scripts/shared/suanpan-core.js; `npm run sync` copies it into
 * wps-addin/lib/ and office-addin/lib/ (a test fails when a copy drifts).
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    root.SuanpanCore = factory();
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var DEFAULT_SERVICE = 'http://127.0.0.1:7070';
  var SLICE_SIZE = 4194304; // 4 MB, the largest slice Office allows

  // ---------------------------------------------------------------- bytes and text

  /** UTF-8 encode a string into a Uint8Array (no TextEncoder needed). */
  function utf8Encode(text) {
    text = String(text);
    var out = [];
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        var d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      if (c < 0x80) {
        out.push(c);
      } else if (c < 0x800) {
        out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      } else if (c < 0x10000) {
        out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      } else {
        out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      }
    }
    return new Uint8Array(out);
  }

  /** UTF-8 decode bytes (Uint8Array, ArrayBuffer or array) into a string; bad bytes become U+FFFD. */
  function utf8Decode(bytes) {
    bytes = toUint8Array(bytes);
    var s = '';
    var i = 0;
    while (i < bytes.length) {
      var b = bytes[i];
      var cp;
      var need;
      if (b < 0x80) { cp = b; need = 0; }
      else if (b >= 0xc2 && b < 0xe0) { cp = b & 31; need = 1; }
      else if (b >= 0xe0 && b < 0xf0) { cp = b & 15; need = 2; }
      else if (b >= 0xf0 && b < 0xf5) { cp = b & 7; need = 3; }
      else { s += '\ufffd'; i++; continue; }
      var ok = true;
      for (var k = 1; k <= need; k++) {
        var n = bytes[i + k];
        if (n === undefined || (n & 0xc0) !== 0x80) { ok = false; break; }
        cp = (cp << 6) | (n & 63);
      }
      if (!ok) { s += '\ufffd'; i++; continue; }
      i += need + 1;
      if (cp >= 0x10000) {
        cp -= 0x10000;
        s += String.fromCharCode(0xd800 + (cp >> 10), 0xdc00 + (cp & 1023));
      } else {
        s += String.fromCharCode(cp);
      }
    }
    return s;
  }

  function toUint8Array(data) {
    if (data instanceof Uint8Array) return data;
    if (typeof ArrayBuffer !== 'undefined' && data instanceof ArrayBuffer) return new Uint8Array(data);
    if (data && data.buffer instanceof ArrayBuffer && typeof data.byteLength === 'number') {
      return new Uint8Array(data.buffer, data.byteOffset || 0, data.byteLength);
    }
    if (typeof data === 'string') return utf8Encode(data);
    return new Uint8Array(data || []);
  }

  /** A "binary string" (one char per byte, as wps.FileSystem.readAsBinaryString returns) → bytes. */
  function binaryStringToBytes(bin) {
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i) & 0xff;
    return out;
  }

  /** Bytes → binary string (for wps.FileSystem.writeAsBinaryString). */
  function bytesToBinaryString(bytes) {
    bytes = toUint8Array(bytes);
    var parts = [];
    for (var i = 0; i < bytes.length; i += 0x8000) {
      parts.push(String.fromCharCode.apply(null, Array.prototype.slice.call(bytes.subarray(i, i + 0x8000))));
    }
    return parts.join('');
  }

  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

  /** Standard base64 (with padding) of bytes; Excel.createWorkbook takes this. */
  function base64Encode(bytes) {
    bytes = toUint8Array(bytes);
    var out = [];
    var i;
    for (i = 0; i + 2 < bytes.length; i += 3) {
      var n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      out.push(B64[n >> 18], B64[(n >> 12) & 63], B64[(n >> 6) & 63], B64[n & 63]);
    }
    var rest = bytes.length - i;
    if (rest === 1) {
      var a = bytes[i] << 16;
      out.push(B64[a >> 18], B64[(a >> 12) & 63], '=', '=');
    } else if (rest === 2) {
      var b = (bytes[i] << 16) | (bytes[i + 1] << 8);
      out.push(B64[b >> 18], B64[(b >> 12) & 63], B64[(b >> 6) & 63], '=');
    }
    return out.join('');
  }

  /** Base64 (standard or URL-safe, padding optional, whitespace ignored) → bytes. */
  function base64Decode(text) {
    var clean = String(text).replace(/[\s=]/g, '').replace(/-/g, '+').replace(/_/g, '/');
    if (/[^A-Za-z0-9+/]/.test(clean) || clean.length % 4 === 1) {
      throw new Error('不是有效的 base64 文本');
    }
    var out = new Uint8Array(Math.floor(clean.length * 3 / 4));
    var o = 0;
    for (var i = 0; i < clean.length; i += 4) {
      var n = 0;
      var count = Math.min(4, clean.length - i);
      for (var k = 0; k < 4; k++) {
        n = n << 6;
        if (k < count) n |= B64.indexOf(clean[i + k]);
      }
      out[o++] = (n >> 16) & 255;
      if (count > 2) out[o++] = (n >> 8) & 255;
      if (count > 3) out[o++] = n & 255;
    }
    return out.subarray(0, o);
  }

  function concatBytes(chunks) {
    var total = 0;
    var i;
    for (i = 0; i < chunks.length; i++) total += toUint8Array(chunks[i]).length;
    var out = new Uint8Array(total);
    var at = 0;
    for (i = 0; i < chunks.length; i++) {
      var c = toUint8Array(chunks[i]);
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  // ---------------------------------------------------------------- file names

  /** Splits "a/b/曾都区.xlsx" into {base: "曾都区", ext: "xlsx"}; the folder part is dropped. */
  function splitName(name) {
    var file = String(name || '').split(/[\\/]/).pop();
    var dot = file.lastIndexOf('.');
    if (dot <= 0) return { base: file, ext: '' };
    return { base: file.slice(0, dot), ext: file.slice(dot + 1) };
  }

  /** "<base>-审核.<ext>" style names: derivedName("x.xlsx", "审核") → "x-审核.xlsx". */
  function derivedName(name, suffix, ext) {
    var p = splitName(name);
    var e = ext || p.ext || 'xlsx';
    return (p.base || 'workbook') + '-' + suffix + '.' + e;
  }

  /**
   * A name that is safe as a single file name on Windows and Linux: no folders, no reserved characters,
   * no leading dots or trailing dots/spaces. Falls back to `fallback` when nothing is left.
   */
  function safeFileName(name, fallback) {
    var file = String(name || '').split(/[\\/]/).pop();
    file = file.replace(/[\u0000-\u001f<>:"|?*]/g, '_').replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
    if (!file || /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(file)) return fallback || 'workbook.xlsx';
    return file;
  }

  /**
   * An ASCII stand-in for a file name, for multipart headers read by servers that do not decode UTF-8 names.
   * Non-ASCII runs are dropped; what is left keeps the extension ("曾都区-2023-决算.xlsx" → "2023.xlsx").
   */
  function asciiFileName(name) {
    var p = splitName(name);
    var base = p.base.replace(/[^\x20-\x7e]+/g, '-').replace(/["\\/:*?<>|;%]+/g, '-');
    base = base.replace(/-{2,}/g, '-').replace(/^[-_.\s]+|[-_.\s]+$/g, '');
    var ext = p.ext.replace(/[^A-Za-z0-9]/g, '');
    if (!base) base = 'workbook';
    return ext ? base + '.' + ext : base;
  }

  function percentDecodeUtf8(text) {
    var bytes = [];
    for (var i = 0; i < text.length; i++) {
      var ch = text[i];
      if (ch === '%' && /^[0-9A-Fa-f]{2}$/.test(text.substr(i + 1, 2))) {
        bytes.push(parseInt(text.substr(i + 1, 2), 16));
        i += 2;
      } else {
        var enc = utf8Encode(ch);
        for (var k = 0; k < enc.length; k++) bytes.push(enc[k]);
      }
    }
    return utf8Decode(new Uint8Array(bytes));
  }

  /**
   * The file name a Content-Disposition header gives: filename* (RFC 5987/6266, UTF-8 or ISO-8859-1)
   * wins over filename; null when the header names none. The result is not yet made safe: pass it
   * through safeFileName before writing a file.
   */
  function contentDispositionFileName(header) {
    if (!header) return null;
    var text = String(header);
    var star = /(?:^|;)\s*filename\*\s*=\s*("?)([^;"]*)\1/i.exec(text);
    if (star) {
      var m = /^([^']*)'[^']*'(.*)$/.exec(star[2].trim());
      if (m) {
        var charset = m[1].toLowerCase();
        try {
          if (charset === 'utf-8' || charset === 'utf8' || charset === '') return percentDecodeUtf8(m[2]);
          if (charset === 'iso-8859-1' || charset === 'latin1') {
            return m[2].replace(/%([0-9A-Fa-f]{2})/g, function (_, h) { return String.fromCharCode(parseInt(h, 16)); });
          }
        } catch (e) { /* fall through to filename= */ }
      }
    }
    var quoted = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(text);
    if (quoted) return quoted[1].replace(/\\(.)/g, '$1');
    var bare = /(?:^|;)\s*filename\s*=\s*([^;\s]+)/i.exec(text);
    if (bare) return bare[1];
    return null;
  }

  /** The name to save a service response under: Content-Disposition, else <base>-<suffix>.<ext>. */
  function resultFileName(header, originalName, suffix, ext) {
    var fromHeader = contentDispositionFileName(header);
    var fallback = derivedName(originalName, suffix, ext);
    return safeFileName(fromHeader || fallback, safeFileName(fallback, 'result.' + (ext || 'xlsx')));
  }

  // ---------------------------------------------------------------- multipart

  function randomBoundary(random) {
    var r = random || Math.random;
    var s = '----SuanpanBoundary';
    for (var i = 0; i < 24; i++) s += 'abcdefghijklmnopqrstuvwxyz0123456789'.charAt(Math.floor(r() * 36));
    return s;
  }

  function quoteHeaderValue(v) {
    return String(v).replace(/[\r\n]/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  }

  /**
   * Builds a multipart/form-data body as bytes.
   * parts: [{name, value}] for text fields (UTF-8) or [{name, filename, data, contentType}] for files
   * (data: Uint8Array, ArrayBuffer or binary-safe array). Returns {body: Uint8Array, contentType, boundary}.
   */
  function buildMultipart(parts, boundary) {
    boundary = boundary || randomBoundary();
    var chunks = [];
    for (var i = 0; i < parts.length; i++) {
      var p = parts[i];
      var head = '--' + boundary + '\r\n' + 'Content-Disposition: form-data; name="' + quoteHeaderValue(p.name) + '"';
      if (p.filename !== undefined && p.filename !== null) {
        head += '; filename="' + quoteHeaderValue(p.filename) + '"\r\n';
        head += 'Content-Type: ' + (p.contentType || contentTypeFor(p.filename)) + '\r\n\r\n';
        chunks.push(utf8Encode(head), toUint8Array(p.data), utf8Encode('\r\n'));
      } else {
        head += '\r\n\r\n';
        chunks.push(utf8Encode(head), utf8Encode(p.value === undefined ? '' : p.value), utf8Encode('\r\n'));
      }
    }
    chunks.push(utf8Encode('--' + boundary + '--\r\n'));
    return { body: concatBytes(chunks), contentType: 'multipart/form-data; boundary=' + boundary, boundary: boundary };
  }

  function contentTypeFor(name) {
    var ext = splitName(name).ext.toLowerCase();
    return {
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
      xls: 'application/vnd.ms-excel',
      et: 'application/octet-stream',
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      txt: 'text/plain; charset=utf-8',
      zip: 'application/zip'
    }[ext] || 'application/octet-stream';
  }

  /**
   * The parts for one workbook upload: the file under part name `workbook` whose header carries the
   * name as typed (UTF-8, as browsers send it) or, with asciiHeader, an ASCII stand-in; plus a text
   * field `filename` with the real name, for servers that read names from there.
   */
  function workbookParts(name, bytes, options) {
    options = options || {};
    var file = String(name || 'workbook.xlsx').split(/[\\/]/).pop();
    var parts = [{ name: options.field || 'workbook', filename: options.asciiHeader ? asciiFileName(file) : file, data: bytes }];
    if (options.sendName !== false) parts.push({ name: 'filename', value: file });
    return parts;
  }

  /**
   * The files a check may read besides the workbook, under the service's part names (as the web page sends
   * them), and the actions that use each: the same year's 部门预算 (决算 against its budget), last year's
   * workbook, the 情况说明. Optional; a pane or script sends the ones the user chose.
   */
  var COMPANIONS = [
    { field: 'budget', label: '同年部门预算表', accept: '.xlsx,.xlsm,.xls', kinds: ['check', 'annotate'] },
    { field: 'prior', label: '上年公开表', accept: '.xlsx,.xlsm,.xls', kinds: ['check', 'annotate', 'explain'] },
    { field: 'narrative', label: '情况说明', accept: '.docx,.txt', kinds: ['check', 'annotate'] }
  ];

  /**
   * The parts for the companion files of one action: companions is {budget: {name, bytes}, prior: …,
   * narrative: …} (any may be missing); only the ones the action reads are sent.
   */
  function companionParts(kind, companions, options) {
    options = options || {};
    var out = [];
    if (!companions) return out;
    for (var i = 0; i < COMPANIONS.length; i++) {
      var c = COMPANIONS[i];
      var f = companions[c.field];
      if (!f || !f.bytes || c.kinds.indexOf(kind) < 0) continue;
      var file = String(f.name || c.field + '.xlsx').split(/[\\/]/).pop();
      out.push({ name: c.field, filename: options.asciiHeader ? asciiFileName(file) : file, data: f.bytes, contentType: contentTypeFor(file) });
    }
    return out;
  }

  /** The bytes of a file the user chose (File.arrayBuffer, or FileReader where an older engine lacks it). */
  function readChosenFile(file) {
    if (file.arrayBuffer) return file.arrayBuffer();
    return new Promise(function (resolve, reject) {
      var r = new FileReader();
      r.onload = function () { resolve(r.result); };
      r.onerror = function () { reject(new Error('读不了“' + file.name + '”')); };
      r.readAsArrayBuffer(file);
    });
  }

  /**
   * Reads the files chosen in a pane's companion inputs (elements with id "companion-" + field, type=file)
   * into {field: {name, bytes}}; a pane without such inputs, or with none chosen, gives {}.
   */
  function readCompanionInputs(doc) {
    var fields = [];
    var reads = [];
    for (var i = 0; i < COMPANIONS.length; i++) {
      var input = doc && doc.getElementById ? doc.getElementById('companion-' + COMPANIONS[i].field) : null;
      var file = input && input.files && input.files[0];
      if (!file) continue;
      fields.push({ field: COMPANIONS[i].field, name: file.name });
      reads.push(readChosenFile(file));
    }
    return Promise.all(reads).then(function (buffers) {
      var out = {};
      for (var k = 0; k < fields.length; k++) out[fields[k].field] = { name: fields[k].name, bytes: new Uint8Array(buffers[k]) };
      return out;
    });
  }

  // ---------------------------------------------------------------- Office file slices

  /** [{start, end}] byte ranges of `size`-byte slices (the last one shorter) covering total bytes. */
  function sliceRanges(total, size) {
    size = size || SLICE_SIZE;
    var out = [];
    for (var start = 0; start < total; start += size) out.push({ start: start, end: Math.min(total, start + size) });
    return out;
  }

  /** Cuts bytes into slices of `size` (what Office's getSliceAsync hands back one at a time). */
  function sliceBytes(bytes, size) {
    bytes = toUint8Array(bytes);
    return sliceRanges(bytes.length, size).map(function (r) { return bytes.subarray(r.start, r.end); });
  }

  /** Joins slices read out of order: [{index, data}] → bytes, checking no slice is missing. */
  function joinSlices(slices, count) {
    var ordered = new Array(count);
    for (var i = 0; i < slices.length; i++) ordered[slices[i].index] = slices[i].data;
    for (var k = 0; k < count; k++) {
      if (!ordered[k]) throw new Error('第 ' + (k + 1) + ' 段数据没有读到');
    }
    return concatBytes(ordered);
  }

  function officeCall(fn) {
    return new Promise(function (resolve, reject) {
      fn(function (result) {
        if (result && result.status === 'failed') {
          var e = result.error || {};
          reject(new Error(e.message || '读取工作簿失败'));
        } else {
          resolve(result ? result.value : undefined);
        }
      });
    });
  }

  /**
   * Reads the whole document through Office.context.document.getFileAsync(Compressed) in 4 MB slices
   * and returns it as one Uint8Array. `officeDocument` is Office.context.document, `fileType`
   * Office.FileType.Compressed. The file is always closed, also on failure (Office allows only a few open).
   */
  function readOfficeDocument(officeDocument, fileType, options) {
    options = options || {};
    var sliceSize = options.sliceSize || SLICE_SIZE;
    var onProgress = options.onProgress || function () {};
    return officeCall(function (cb) {
      officeDocument.getFileAsync(fileType, { sliceSize: sliceSize }, cb);
    }).then(function (file) {
      var count = file.sliceCount;
      var got = [];
      function next(i) {
        if (i >= count) return Promise.resolve();
        return officeCall(function (cb) { file.getSliceAsync(i, cb); }).then(function (slice) {
          got.push({ index: slice && typeof slice.index === 'number' ? slice.index : i, data: toUint8Array(slice.data) });
          onProgress(i + 1, count);
          return next(i + 1);
        });
      }
      function close() {
        return new Promise(function (resolve) {
          try { file.closeAsync(function () { resolve(); }); } catch (e) { resolve(); }
        });
      }
      return next(0).then(function () {
        return close().then(function () {
          var bytes = joinSlices(got, count);
          if (typeof file.size === 'number' && file.size !== bytes.length) {
            throw new Error('读到 ' + bytes.length + ' 字节，应为 ' + file.size + ' 字节');
          }
          return bytes;
        });
      }, function (err) {
        return close().then(function () { throw err; });
      });
    });
  }

  // ---------------------------------------------------------------- cells and findings

  function columnNumber(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
    return n;
  }

  /**
   * Parses a cell reference as the service prints it: "表3!D16", "'公开01 表'!$A$1", "'It''s'!B2:C3", "D16".
   * Returns {sheet (null when absent), cell ("D16" or "B2:C3", without $), column, row} or null.
   */
  function parseCellRef(ref) {
    if (ref === null || ref === undefined) return null;
    var text = String(ref).trim();
    if (!text) return null;
    var sheet = null;
    var rest = text;
    if (text[0] === "'") {
      var i = 1;
      var name = '';
      for (; i < text.length; i++) {
        if (text[i] === "'") {
          if (text[i + 1] === "'") { name += "'"; i++; continue; }
          break;
        }
        name += text[i];
      }
      if (i >= text.length || text[i + 1] !== '!') return null;
      sheet = name;
      rest = text.slice(i + 2);
    } else {
      var bang = text.lastIndexOf('!');
      if (bang >= 0) {
        sheet = text.slice(0, bang);
        rest = text.slice(bang + 1);
        if (!sheet) return null;
      }
    }
    var m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(rest.trim());
    if (!m) return null;
    var cell = m[1].toUpperCase() + m[2] + (m[3] ? ':' + m[3].toUpperCase() + m[4] : '');
    return { sheet: sheet, cell: cell, column: columnNumber(m[1]), row: parseInt(m[2], 10) };
  }

  /** Quotes a sheet name for a reference when it needs it: 表3 → 表3, "公开01 表" → "'公开01 表'". */
  function formatCellRef(sheet, cell) {
    if (!sheet) return cell;
    var plain = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_.\u0080-\uffff]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
    return (plain ? sheet : "'" + sheet.replace(/'/g, "''") + "'") + '!' + cell;
  }

  var SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
  var SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' };

  function tableOrder(id) {
    var m = /(\d+)/.exec(String(id || ''));
    return m ? parseInt(m[1], 10) : 99;
  }

  /** Where a finding points: its suspect cell, else its sheet + cell, else its first cell. */
  function findingTarget(f) {
    var candidates = [f.suspect, f.sheet && f.cell ? formatCellRef(f.sheet, f.cell) : null, f.cells && f.cells[0]];
    for (var i = 0; i < candidates.length; i++) {
      var r = parseCellRef(candidates[i]);
      if (r && r.sheet) return r;
      if (r && !r.sheet && f.sheet) return { sheet: f.sheet, cell: r.cell, column: r.column, row: r.row };
    }
    return null;
  }

  /**
   * Findings ready to list: errors first, then warnings, then information; within each, by table
   * (公开01…09), then row and column. Each item gets `target` ({sheet, cell} or null), `label` (错误/警告/提示)
   * and `index` (its place in the report). The report's own array is left alone.
   */
  function sortFindings(findings) {
    var list = (findings || []).map(function (f, i) {
      var copy = {};
      for (var k in f) if (Object.prototype.hasOwnProperty.call(f, k)) copy[k] = f[k];
      copy.index = i;
      copy.target = findingTarget(f);
      copy.label = SEVERITY_LABEL[f.severity] || f.severity || '';
      return copy;
    });
    list.sort(function (a, b) {
      var sa = SEVERITY_ORDER.hasOwnProperty(a.severity) ? SEVERITY_ORDER[a.severity] : 3;
      var sb = SEVERITY_ORDER.hasOwnProperty(b.severity) ? SEVERITY_ORDER[b.severity] : 3;
      if (sa !== sb) return sa - sb;
      var ta = tableOrder(a.table);
      var tb = tableOrder(b.table);
      if (ta !== tb) return ta - tb;
      var ra = a.target ? a.target.row : 1e9;
      var rb = b.target ? b.target.row : 1e9;
      if (ra !== rb) return ra - rb;
      var ca = a.target ? a.target.column : 1e9;
      var cb = b.target ? b.target.column : 1e9;
      if (ca !== cb) return ca - cb;
      return a.index - b.index;
    });
    return list;
  }

  /** Counts from a report: {errors, warnings, infos} from stats, else counted from findings. */
  function countFindings(report) {
    var s = (report && report.stats) || {};
    var fs = (report && report.findings) || [];
    function count(sev) { return fs.filter(function (f) { return f.severity === sev; }).length; }
    return {
      errors: typeof s.errors === 'number' ? s.errors : count('error'),
      warnings: typeof s.warnings === 'number' ? s.warnings : count('warning'),
      infos: typeof s.infos === 'number' ? s.infos : count('info')
    };
  }

  /** One line for a status bar: "发现错误 3 处、警告 1 处" or "未发现错误". */
  function summaryText(counts) {
    if (!counts.errors && !counts.warnings) return '未发现错误' + (counts.infos ? '（尾数提示 ' + counts.infos + ' 处）' : '');
    var parts = [];
    if (counts.errors) parts.push('错误 ' + counts.errors + ' 处');
    if (counts.warnings) parts.push('警告 ' + counts.warnings + ' 处');
    return '发现' + parts.join('、');
  }

  /** Counts from the annotate/fill headers (X-Suanpan-Errors, X-Suanpan-Warnings, X-Suanpan-Filled). */
  function countsFromHeaders(getHeader) {
    function num(name) {
      var v = getHeader(name);
      var n = v === null || v === undefined || v === '' ? NaN : parseInt(v, 10);
      return isNaN(n) ? null : n;
    }
    return { errors: num('X-Suanpan-Errors'), warnings: num('X-Suanpan-Warnings'), filled: num('X-Suanpan-Filled') };
  }

  // ---------------------------------------------------------------- service address and HTTP

  /**
   * The service base URL without a trailing slash: the configured one if any, else the page's own
   * origin when it is http(s) (the add-in served by the service at /addin/wps/), else 127.0.0.1:7070.
   */
  function serviceBase(configured, location) {
    var c = configured === null || configured === undefined ? '' : String(configured).trim();
    if (c) {
      if (!/^https?:\/\//i.test(c)) c = 'http://' + c;
      return c.replace(/\/+$/, '');
    }
    if (location && /^https?:$/i.test(location.protocol || '') && location.host) {
      return (location.protocol + '//' + location.host).replace(/\/+$/, '');
    }
    return DEFAULT_SERVICE;
  }

  /** Checks a service address typed by a person; returns the normalised address or throws a message. */
  function normaliseServiceInput(text) {
    var t = String(text || '').trim();
    if (!t) return '';
    if (!/^https?:\/\//i.test(t)) t = 'http://' + t;
    var m = /^(https?):\/\/([^\/?#\s]+)(\/[^?#\s]*)?$/i.exec(t);
    if (!m) throw new Error('服务地址应形如 http://127.0.0.1:7070');
    return (m[1].toLowerCase() + '://' + m[2] + (m[3] || '')).replace(/\/+$/, '');
  }

  /** The Chinese message in a service error body {"error": "..."}, else a generic one with the status. */
  function errorMessage(status, body) {
    var text = '';
    try { text = typeof body === 'string' ? body : utf8Decode(body || new Uint8Array(0)); } catch (e) { text = ''; }
    try {
      var json = JSON.parse(text);
      if (json && typeof json.error === 'string' && json.error) return json.error;
    } catch (e) { /* not JSON */ }
    if (status === 0) return '连不上审核服务，请检查服务地址和网络（可在“设置服务地址”中修改）';
    if (status === 401) return '审核服务要求授权令牌，请设置 SUANPAN_TOKEN 或联系管理员';
    if (status === 413) return '文件太大，审核服务拒收';
    return '审核服务出错（HTTP ' + status + '）' + (text && text.length < 300 ? '：' + text : '');
  }

  /**
   * One HTTP request through XMLHttpRequest (the add-ins' hosts all have it). Resolves to
   * {status, body: Uint8Array, header(name), json()} for any status; rejects only when nothing came back.
   * options: {method, url, headers, body, timeout, createXhr, onUploadProgress}.
   */
  function httpRequest(options) {
    return new Promise(function (resolve, reject) {
      var xhr = options.createXhr ? options.createXhr() : new XMLHttpRequest();
      xhr.open(options.method || 'GET', options.url, true);
      xhr.responseType = 'arraybuffer';
      if (options.timeout) xhr.timeout = options.timeout;
      var headers = options.headers || {};
      for (var h in headers) if (Object.prototype.hasOwnProperty.call(headers, h)) xhr.setRequestHeader(h, headers[h]);
      if (options.onUploadProgress && xhr.upload) {
        xhr.upload.onprogress = function (e) { options.onUploadProgress(e.loaded, e.total); };
      }
      xhr.onload = function () {
        var body = xhr.response ? toUint8Array(xhr.response) : new Uint8Array(0);
        resolve({
          status: xhr.status,
          body: body,
          header: function (name) { return xhr.getResponseHeader(name); },
          text: function () { return utf8Decode(body); },
          json: function () { return JSON.parse(utf8Decode(body)); }
        });
      };
      xhr.onerror = function () { reject(new ServiceError(0, errorMessage(0, null))); };
      xhr.ontimeout = function () { reject(new ServiceError(0, '审核服务响应超时，请稍后再试')); };
      var body = options.body;
      if (body instanceof Uint8Array && body.byteOffset === 0 && body.byteLength === body.buffer.byteLength) body = body.buffer;
      else if (body instanceof Uint8Array) body = body.slice().buffer;
      xhr.send(body === undefined ? null : body);
    });
  }

  function ServiceError(status, message) {
    this.name = 'ServiceError';
    this.status = status;
    this.message = message;
    this.stack = new Error(message).stack;
  }
  ServiceError.prototype = Object.create(Error.prototype);
  ServiceError.prototype.constructor = ServiceError;

  function authHeaders(token) {
    return token ? { Authorization: 'Bearer ' + token } : {};
  }

  function mergeHeaders(a, b) {
    var out = {};
    var k;
    for (k in a) if (Object.prototype.hasOwnProperty.call(a, k)) out[k] = a[k];
    for (k in b) if (Object.prototype.hasOwnProperty.call(b, k)) out[k] = b[k];
    return out;
  }

  var ENDPOINTS = {
    check: { path: '/api/check', suffix: null },
    annotate: { path: '/api/annotate', suffix: '审核' },
    fill: { path: '/api/fill', suffix: '填充' },
    explain: { path: '/api/explain', suffix: '情况说明', ext: 'docx' }
  };

  /**
   * Uploads one workbook to an endpoint (check, annotate, fill, explain) and returns
   * {kind, report (check) | bytes + fileName (others), counts}. Throws ServiceError with the
   * service's Chinese message when the service refuses it.
   * options: {base, token, name, bytes, createXhr, timeout, asciiHeader, extraParts, companions}; companions:
   * the optional files ({budget, prior, narrative}: {name, bytes}) — only those the action reads are sent.
   */
  function submitWorkbook(kind, options) {
    var ep = ENDPOINTS[kind];
    if (!ep) throw new Error('unknown endpoint ' + kind);
    var parts = workbookParts(options.name, options.bytes, { asciiHeader: options.asciiHeader });
    parts = parts.concat(companionParts(kind, options.companions, { asciiHeader: options.asciiHeader }));
    if (options.extraParts) parts = parts.concat(options.extraParts);
    var mp = buildMultipart(parts, options.boundary);
    return httpRequest({
      method: 'POST',
      url: options.base + ep.path,
      headers: mergeHeaders({ 'Content-Type': mp.contentType }, authHeaders(options.token)),
      body: mp.body,
      timeout: options.timeout || 600000,
      createXhr: options.createXhr,
      onUploadProgress: options.onUploadProgress
    }).then(function (res) {
      if (res.status < 200 || res.status >= 300) throw new ServiceError(res.status, errorMessage(res.status, res.body));
      if (kind === 'check') {
        var report;
        try { report = res.json(); } catch (e) { throw new ServiceError(res.status, '审核服务返回的不是 JSON 报告'); }
        return { kind: kind, report: report, counts: countFindings(report), findings: sortFindings(report.findings) };
      }
      var hdr = countsFromHeaders(res.header);
      return {
        kind: kind,
        bytes: res.body,
        fileName: resultFileName(res.header('Content-Disposition'), options.name, ep.suffix, ep.ext),
        counts: hdr
      };
    });
  }

  // ---------------------------------------------------------------- batches

  function defaultSleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  /**
   * Polls GET /api/batches/{id} until its status is "done", calling onProgress(status) after each poll.
   * getJson(path) → Promise of the parsed JSON. Gives up after maxPolls (default: one hour of polls).
   */
  function pollBatch(getJson, id, options) {
    options = options || {};
    var interval = options.interval === undefined ? 1000 : options.interval;
    var sleep = options.sleep || defaultSleep;
    var maxPolls = options.maxPolls || 3600;
    var onProgress = options.onProgress || function () {};
    var polls = 0;
    function once() {
      polls++;
      return getJson('/api/batches/' + encodeURIComponent(id)).then(function (st) {
        onProgress(st);
        if (st && st.status === 'done') return st;
        if (polls >= maxPolls) throw new Error('批量审核超时：' + polls + ' 次查询后仍未完成');
        return sleep(interval).then(once);
      });
    }
    return once();
  }

  /** "进度 3/10（错误 2，警告 1，失败 0）" for a batch status. */
  function progressText(st) {
    var t = '进度 ' + (st.done || 0) + '/' + (st.total || 0);
    var extra = [];
    if (typeof st.errors === 'number') extra.push('错误 ' + st.errors);
    if (typeof st.warnings === 'number') extra.push('警告 ' + st.warnings);
    if (typeof st.failed === 'number') extra.push('无法审核 ' + st.failed);
    return extra.length ? t + '（' + extra.join('，') + '）' : t;
  }

  /**
   * Parses a Server-Sent Events text stream incrementally: feed(chunk) returns the complete events
   * seen so far as [{event, data}] (data lines joined with \n; JSON left to the caller).
   */
  function sseParser() {
    var buffer = '';
    return {
      feed: function (chunk) {
        buffer += chunk;
        var events = [];
        var normalised = buffer.replace(/\r\n?/g, '\n');
        var blocks = normalised.split('\n\n');
        buffer = blocks.pop();
        for (var i = 0; i < blocks.length; i++) {
          var ev = { event: 'message', data: [] };
          var lines = blocks[i].split('\n');
          for (var k = 0; k < lines.length; k++) {
            var line = lines[k];
            if (!line || line[0] === ':') continue;
            var colon = line.indexOf(':');
            var field = colon < 0 ? line : line.slice(0, colon);
            var value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'event') ev.event = value;
            else if (field === 'data') ev.data.push(value);
          }
          if (ev.data.length) events.push({ event: ev.event, data: ev.data.join('\n') });
        }
        return events;
      }
    };
  }

  return {
    DEFAULT_SERVICE: DEFAULT_SERVICE,
    SLICE_SIZE: SLICE_SIZE,
    utf8Encode: utf8Encode,
    utf8Decode: utf8Decode,
    toUint8Array: toUint8Array,
    binaryStringToBytes: binaryStringToBytes,
    bytesToBinaryString: bytesToBinaryString,
    base64Encode: base64Encode,
    base64Decode: base64Decode,
    concatBytes: concatBytes,
    splitName: splitName,
    derivedName: derivedName,
    safeFileName: safeFileName,
    asciiFileName: asciiFileName,
    contentDispositionFileName: contentDispositionFileName,
    resultFileName: resultFileName,
    buildMultipart: buildMultipart,
    workbookParts: workbookParts,
    COMPANIONS: COMPANIONS,
    companionParts: companionParts,
    readCompanionInputs: readCompanionInputs,
    contentTypeFor: contentTypeFor,
    sliceRanges: sliceRanges,
    sliceBytes: sliceBytes,
    joinSlices: joinSlices,
    readOfficeDocument: readOfficeDocument,
    parseCellRef: parseCellRef,
    formatCellRef: formatCellRef,
    findingTarget: findingTarget,
    sortFindings: sortFindings,
    countFindings: countFindings,
    summaryText: summaryText,
    countsFromHeaders: countsFromHeaders,
    serviceBase: serviceBase,
    normaliseServiceInput: normaliseServiceInput,
    errorMessage: errorMessage,
    httpRequest: httpRequest,
    ServiceError: ServiceError,
    authHeaders: authHeaders,
    submitWorkbook: submitWorkbook,
    ENDPOINTS: ENDPOINTS,
    pollBatch: pollBatch,
    progressText: progressText,
    sseParser: sseParser
  };
});
