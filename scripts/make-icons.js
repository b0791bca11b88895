#!/usr/bin/env node
/*
 * Draws the add-in's icons into assets/ (run: `npm run icons`).
 *
 * The icons are generated rather than drawn in an editor so that every size comes from one
 * geometry and the PNGs can be rebuilt byte-for-byte on any machine with Node alone: an NHS-blue
 * rounded tile with three rising white bars (a workforce trend) on a baseline.
 *
 * The geometry is laid out on a 16-unit grid so the bars land on whole pixels at 16, 32, 64 and
 * 80 px (80 = 5 x 16); each pixel is supersampled (SUPERSAMPLE^2 samples) for anti-aliased
 * corners, which is what keeps the 16 px ribbon icon crisp.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const NHS_BLUE = [0x00, 0x5e, 0xb8];
const WHITE = [0xff, 0xff, 0xff];
const SIZES = [16, 32, 64, 80];
const SUPERSAMPLE = 8;
const ASSETS_DIR = path.resolve(__dirname, "..", "assets");

/** Shapes in 16-unit coordinates, painted in order (later shapes cover earlier ones). */
const GRID = 16;
const TILE = { x0: 0, y0: 0, x1: 16, y1: 16, radius: 3.5 };
const BARS = [
  { x0: 3, x1: 5, top: 8 },
  { x0: 7, x1: 9, top: 5 },
  { x0: 11, x1: 13, top: 2 },
];
const BAR_BOTTOM = 12;
const BAR_TOP_RADIUS = 0.5;
const BASELINE = { x0: 2, x1: 14, y0: 13, y1: 14, radius: 0.5 };

/** True when (x, y) lies inside the rectangle with the given corner radii. */
function insideRoundedRect(x, y, r) {
  if (x < r.x0 || x >= r.x1 || y < r.y0 || y >= r.y1) return false;
  const top = r.topRadius ?? r.radius ?? 0;
  const bottom = r.bottomRadius ?? r.radius ?? 0;
  const rad = y < (r.y0 + r.y1) / 2 ? top : bottom;
  if (rad <= 0) return true;
  const cx = Math.min(Math.max(x, r.x0 + rad), r.x1 - rad);
  const cy = Math.min(Math.max(y, r.y0 + rad), r.y1 - rad);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= rad * rad;
}

/** The colour painted at a point, or null outside the tile. */
function colourAt(u, v) {
  if (!insideRoundedRect(u, v, TILE)) return null;
  for (const bar of BARS) {
    const shape = {
      x0: bar.x0,
      x1: bar.x1,
      y0: bar.top,
      y1: BAR_BOTTOM,
      topRadius: BAR_TOP_RADIUS,
      bottomRadius: 0,
    };
    if (insideRoundedRect(u, v, shape)) return WHITE;
  }
  if (insideRoundedRect(u, v, BASELINE)) return WHITE;
  return NHS_BLUE;
}

/** Renders one icon as straight (non-premultiplied) RGBA rows. */
function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const scale = GRID / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const u = (px + (sx + 0.5) / SUPERSAMPLE) * scale;
          const v = (py + (sy + 0.5) / SUPERSAMPLE) * scale;
          const c = colourAt(u, v);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            covered++;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        rgba[i] = Math.round(r / covered);
        rgba[i + 1] = Math.round(g / covered);
        rgba[i + 2] = Math.round(b / covered);
        rgba[i + 3] = Math.round((255 * covered) / (SUPERSAMPLE * SUPERSAMPLE));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Minimal PNG encoder: 8-bit RGBA, no interlace, filter type 0 on every row. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  fs.mkdirSync(ASSETS_DIR, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(ASSETS_DIR, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}x${size})`);
  }
}

if (require.main === module) main();

module.exports = { render, encodePng, SIZES };
