import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { ILLUSTRATION_PALETTES } from '../model/illustration-palettes';

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#a3122b"/><text x="32" y="45" font-family="Georgia,serif" font-size="38" font-weight="700" fill="#fff" text-anchor="middle">E</text></svg>`;

function illustration([deep, mid, light]: [string, string, string]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675" width="1200" height="675"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${deep}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs><rect width="1200" height="675" fill="url(#g)"/><circle cx="900" cy="180" r="90" fill="${light}" opacity=".85"/><path d="M0 520 L200 400 L420 480 L640 360 L860 470 L1200 380 L1200 675 L0 675Z" fill="${deep}" opacity=".7"/><path d="M0 600 L300 520 L600 590 L900 510 L1200 580 L1200 675 L0 675Z" fill="${light}" opacity=".35"/></svg>`;
}

const svg = (body: string) =>
  new Response(body, {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable' },
  });

/** Site icon and the generated sample illustrations. */
export const media = new Hono<AppEnv>()
  .get('/favicon.svg', () => svg(FAVICON))
  .get('/media/seed/:file{[a-z]+\\.svg}', (c) => {
    const palette = ILLUSTRATION_PALETTES[c.req.param('file').replace(/\.svg$/, '')];
    return palette ? svg(illustration(palette)) : c.notFound();
  });
