#!/usr/bin/env node
// Draws the Office add-in's icons (an abacus: frame, three rods, beads) as PNGs into office-addin/assets/.
// Run once after changing the drawing; the PNGs are committed. Pure node (zlib), no image library.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

function crc32(buf) {
  let c;
  const table = crc32.table || (crc32.table = Array.from({ length: 256 }, (_, n) => {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  }));
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const BLUE = [43, 87, 154, 255];
const WHITE = [255, 255, 255, 255];
const RED = [192, 57, 43, 255];
const CLEAR = [0, 0, 0, 0];

function abacus(x, y, s) {
  const u = x / s;
  const v = y / s;
  if (u < 0.06 || u > 0.94 || v < 0.06 || v > 0.94) return CLEAR;
  const frame = 0.13;
  if (u < frame || u > 1 - frame || v < frame || v > 1 - frame) return BLUE;
  if (Math.abs(v - 0.38) < 0.035) return BLUE; // the beam
  const rods = [0.32, 0.5, 0.68];
  for (let i = 0; i < rods.length; i++) {
    const beads = i === 1 ? [0.26, 0.6, 0.74] : [0.26, 0.52, 0.66];
    for (const by of beads) {
      if (((u - rods[i]) / 0.085) ** 2 + ((v - by) / 0.055) ** 2 <= 1) return i === 1 && by === 0.6 ? RED : BLUE;
    }
    if (Math.abs(u - rods[i]) < 0.018) return BLUE;
  }
  return WHITE;
}

if (require.main === module) {
  const out = path.join(__dirname, '..', 'office-addin', 'assets');
  fs.mkdirSync(out, { recursive: true });
  for (const size of [16, 32, 64, 80]) {
    fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size, abacus));
    console.log(`office-addin/assets/icon-${size}.png`);
  }
}
module.exports = { png };
