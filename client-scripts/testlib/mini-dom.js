'use strict';
// Just enough of a DOM to run the task pane scripts under node: elements by id, createElement, appendChild,
// innerHTML = '' (clears), textContent, className, hidden, disabled, checked, on* handlers, querySelectorAll
// for "#id tag.class". Pages are read for their ids only; nothing is rendered.
class Element {
  constructor(tag, id) {
    this.tagName = tag.toUpperCase();
    this.id = id || '';
    this.children = [];
    this.textContent = '';
    this.className = '';
    this.hidden = false;
    this.disabled = false;
    this.checked = false;
    this.value = '';
    this.title = '';
    this.parent = null;
  }
  appendChild(child) { child.parent = this; this.children.push(child); return child; }
  set innerHTML(v) { if (v === '') this.children = []; else throw new Error('mini-dom: only innerHTML = "" is supported'); }
  get innerHTML() { return ''; }
  get text() { return this.textContent + this.children.map((c) => c.text).join(''); }
  click() { if (this.onclick) return this.onclick(); return undefined; }
  descendants() { return this.children.flatMap((c) => [c, ...c.descendants()]); }
}

function createDocument(html) {
  const byId = new Map();
  for (const m of html.matchAll(/<([a-z0-9]+)\b([^>]*)>/g)) {
    const id = /\bid="([^"]+)"/.exec(m[2]);
    if (!id) continue;
    const el = new Element(m[1], id[1]);
    const attrs = m[2].replace(/"[^"]*"/g, '""');
    if (/\bhidden\b/.test(attrs)) el.hidden = true;
    if (/\bdisabled\b/.test(attrs)) el.disabled = true;
    byId.set(id[1], el);
  }
  return {
    getElementById: (id) => byId.get(id) || null,
    createElement: (tag) => new Element(tag),
    querySelectorAll(selector) {
      const m = /^#([\w-]+) (\w+)\.([\w-]+)$/.exec(selector);
      if (!m) throw new Error('mini-dom: unsupported selector ' + selector);
      const root = byId.get(m[1]);
      return root ? root.descendants().filter((e) => e.tagName === m[2].toUpperCase() && e.className.split(' ').includes(m[3])) : [];
    }
  };
}

/** Resolves when fn() is true (polling), for pages that work through promises. */
async function until(fn, ms = 5000) {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}

module.exports = { createDocument, Element, until };
