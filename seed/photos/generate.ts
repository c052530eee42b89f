/**
 * Generates the dev seed's photos once (`npx tsx seed/photos/generate.ts`); the JPEGs are
 * committed. Procedural landscapes, one per sample illustration theme, drawn as SVG with a
 * film-grain texture and encoded by sharp: real raster photos with real JPEG headers, so the
 * upload, resize and crop paths run on them exactly as on a newsroom's pictures, and nothing
 * needs a licence (credits.json says so). Deterministic: the same file every run.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { ILLUSTRATION_PALETTES } from '../../src/model/illustration-palettes';

const WIDTH = 1600;
const HEIGHT = 1067;

/** Sky, far land, near land, light: the palettes of the site's illustrations. */
export const PHOTO_THEMES = ILLUSTRATION_PALETTES;

/** A small seeded PRNG (mulberry32), so every run draws the same scene. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function ridge(next: () => number, base: number, amplitude: number): string {
  const points: string[] = [];
  for (let x = 0; x <= WIDTH; x += 40) points.push(`${x} ${Math.round(base + (next() - 0.5) * amplitude + Math.sin(x / 180) * amplitude * 0.3)}`);
  return `M0 ${HEIGHT} L${points.join(' L')} L${WIDTH} ${HEIGHT}Z`;
}

function scene(name: string, [deep, mid, light]: [string, string, string], seed: number): string {
  const next = random(seed);
  const sunX = 300 + Math.round(next() * 1000);
  const windows = Array.from({ length: 40 }, () => {
    const x = Math.round(next() * WIDTH), y = 560 + Math.round(next() * 300);
    return `<rect x="${x}" y="${y}" width="${6 + Math.round(next() * 18)}" height="${10 + Math.round(next() * 40)}" fill="${light}" opacity="${(0.2 + next() * 0.5).toFixed(2)}"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${deep}"/><stop offset=".65" stop-color="${mid}"/><stop offset="1" stop-color="${light}"/></linearGradient>
<radialGradient id="sun"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${light}" stop-opacity="0"/></radialGradient>
<filter id="grain"><feTurbulence type="fractalNoise" baseFrequency=".9" numOctaves="2" seed="${seed}"/><feColorMatrix values="0 0 0 0 .5  0 0 0 0 .5  0 0 0 0 .5  0 0 0 .09 0"/></filter></defs>
<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
<circle cx="${sunX}" cy="${260 + Math.round(next() * 120)}" r="260" fill="url(#sun)" opacity=".8"/>
<path d="${ridge(next, 560, 160)}" fill="${mid}" opacity=".55"/>
<path d="${ridge(next, 700, 120)}" fill="${deep}" opacity=".75"/>${windows}
<path d="${ridge(next, 880, 60)}" fill="${deep}"/>
<rect width="${WIDTH}" height="${HEIGHT}" filter="url(#grain)"/>
<title>${name}</title></svg>`;
}

const dir = import.meta.dirname;
let seed = 13;
for (const [name, palette] of Object.entries(PHOTO_THEMES)) {
  const jpeg = await sharp(Buffer.from(scene(name, palette, seed++))).jpeg({ quality: 62, mozjpeg: true }).toBuffer();
  writeFileSync(resolve(dir, `${name}.jpg`), jpeg);
  console.log(`${name}.jpg ${jpeg.length} bytes`);
}
