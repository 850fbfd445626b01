// Draws the toolbar/store icons as PNGs with node:zlib only, so the icons are reproducible
// from source and no image tool or network is needed. Run: node scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SUPERSAMPLE = 4; // 4×4 samples per pixel: cheap anti-aliasing for the small sizes
const INDIGO = [55, 48, 163];
const TEAL = [20, 184, 166];
const PALE = [204, 251, 241];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    sig,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);

/** Colour and coverage of one sample point in unit coordinates (-1..1, y down). */
function sample(x, y, size) {
  const r = Math.hypot(x, y);
  if (r > 0.96) return null;
  // Background: indigo at the top-left fading to teal at the bottom-right.
  let c = mix(INDIGO, [15, 118, 110], (x + y + 2) / 4);
  const line = size <= 16 ? 0.13 : size <= 32 ? 0.09 : 0.055;
  // Sweep: a wedge trailing the beam clockwise from 12 o'clock towards 2 o'clock.
  const angle = Math.atan2(x, -y); // 0 at 12 o'clock, clockwise positive
  const beam = Math.PI / 3;
  if (angle > 0 && angle < beam && r < 0.86) c = mix(c, TEAL, 0.55 * (angle / beam) + 0.2);
  if (Math.abs(angle - beam) < (0.18 / Math.max(r, 0.2)) * line * 1.6 && r < 0.86) c = PALE;
  // Rings: the outer rim, one inner ring (skipped at 16 px where it would blur into the rim).
  if (Math.abs(r - 0.86) < line / 2) c = PALE;
  if (size > 16 && Math.abs(r - 0.5) < line / 2) c = mix(c, PALE, 0.8);
  if (r < line * 0.9) c = PALE;
  // A blip: the thing the radar found.
  if (Math.hypot(x + 0.36, y - 0.3) < (size <= 16 ? 0.17 : 0.12)) c = [251, 191, 36];
  return c;
}

function draw(size) {
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0];
      let hits = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = ((px + (sx + 0.5) / SUPERSAMPLE) / size) * 2 - 1;
          const y = ((py + (sy + 0.5) / SUPERSAMPLE) / size) * 2 - 1;
          const c = sample(x, y, size);
          if (!c) continue;
          hits++;
          for (let i = 0; i < 3; i++) acc[i] += c[i];
        }
      }
      const o = (py * size + px) * 4;
      if (hits === 0) continue;
      for (let i = 0; i < 3; i++) out[o + i] = Math.round(acc[i] / hits);
      out[o + 3] = Math.round((255 * hits) / SUPERSAMPLE ** 2);
    }
  }
  return out;
}

const dir = new URL('../public/icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of SIZES) {
  writeFileSync(new URL(`icon-${size}.png`, dir), png(size, draw(size)));
  console.log(`public/icons/icon-${size}.png`);
}
