// A small PNG reader for the icon tests: the size from IHDR, and RGBA pixels for 8-bit RGBA
// non-interlaced images (what scripts/make-icons.js writes).
import { inflateSync } from "zlib";

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
  readonly interlace: number;
}

export interface PngImage extends PngHeader {
  /** width * height * 4 bytes, straight (non-premultiplied) RGBA. */
  readonly rgba: Buffer;
}

interface Chunk {
  readonly type: string;
  readonly data: Buffer;
}

function chunks(png: Buffer): Chunk[] {
  if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) {
    throw new Error("not a PNG file (bad signature)");
  }
  const found: Chunk[] = [];
  let at = 8;
  while (at + 8 <= png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString("ascii", at + 4, at + 8);
    found.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === "IEND") break;
  }
  return found;
}

export function readPngHeader(png: Buffer): PngHeader {
  const ihdr = chunks(png)[0];
  if (!ihdr || ihdr.type !== "IHDR") throw new Error("PNG has no IHDR chunk first");
  return {
    width: ihdr.data.readUInt32BE(0),
    height: ihdr.data.readUInt32BE(4),
    bitDepth: ihdr.data[8],
    colourType: ihdr.data[9],
    interlace: ihdr.data[12],
  };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

export function decodePng(png: Buffer): PngImage {
  const header = readPngHeader(png);
  if (header.bitDepth !== 8 || header.colourType !== 6 || header.interlace !== 0) {
    throw new Error("only 8-bit RGBA, non-interlaced PNGs are supported");
  }
  const idat = Buffer.concat(
    chunks(png)
      .filter((c) => c.type === "IDAT")
      .map((c) => c.data)
  );
  const raw = inflateSync(idat);
  const bpp = 4;
  const stride = header.width * bpp;
  const rgba = Buffer.alloc(stride * header.height);
  for (let y = 0; y < header.height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= bpp ? rgba[y * stride + x - bpp] : 0;
      const up = y > 0 ? rgba[(y - 1) * stride + x] : 0;
      const upLeft = y > 0 && x >= bpp ? rgba[(y - 1) * stride + x - bpp] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`bad PNG filter type ${filter} on row ${y}`);
      rgba[y * stride + x] = (line[x] + predictor) & 0xff;
    }
  }
  return { ...header, rgba };
}
