/**
 * Site icons as real PNGs (generated from the same design as /favicon.svg) and the web
 * app manifest that names them. The manifest names the site as its settings say: one read
 * of the settings row per edge miss, tagged `site` so saving the settings purges it.
 */
import { Hono } from 'hono';
import { addCacheTags, cacheTag } from '../edge-cache/tags';
import type { AppEnv } from '../env';
import { SITE_LANGUAGE } from '../i18n';
import { siteIconIco, siteIconPng } from '../site-meta/site-icon';
import { readSiteSettings } from '../site/settings';

export const THEME_COLOR = '#a3122b';

/** Path -> [pixel size, full bleed]. Apple and maskable icons get no transparent corners. */
const ICONS: Record<string, [number, boolean]> = {
  '/icon-192.png': [192, false],
  '/icon-512.png': [512, false],
  '/icon-maskable-512.png': [512, true],
  '/apple-touch-icon.png': [180, true],
};

export const siteIconLinks = {
  manifest: '/manifest.webmanifest',
  appleTouchIcon: '/apple-touch-icon.png',
  png192: '/icon-192.png',
};

const app = new Hono<AppEnv>();

for (const [path, [size, fullBleed]] of Object.entries(ICONS)) {
  app.get(path, async (c) =>
    c.body(await siteIconPng(size, fullBleed), 200, {
      'content-type': 'image/png',
      'cache-control': 'public, max-age=86400',
    }),
  );
}

// Browsers ask for /favicon.ico on their own, whatever the page links.
app.get('/favicon.ico', async (c) =>
  c.body(await siteIconIco(), 200, { 'content-type': 'image/x-icon', 'cache-control': 'public, max-age=86400' }),
);

app.get(siteIconLinks.manifest, async (c) => {
  addCacheTags(c, cacheTag.site());
  const { name } = await readSiteSettings(c.get('db'), c.env);
  const manifest = {
    name,
    short_name: name.replace(/^The /, ''),
    description: `The latest news from ${name}.`,
    lang: SITE_LANGUAGE,
    start_url: '/',
    scope: '/',
    display: 'minimal-ui',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: [
      { src: '/favicon.svg', type: 'image/svg+xml', sizes: 'any', purpose: 'any' },
      { src: '/icon-192.png', type: 'image/png', sizes: '192x192', purpose: 'any' },
      { src: '/icon-512.png', type: 'image/png', sizes: '512x512', purpose: 'any' },
      { src: '/icon-maskable-512.png', type: 'image/png', sizes: '512x512', purpose: 'maskable' },
    ],
  };
  // The edge cache's own Cache-Control (a minute in browsers): the name changes with a settings save.
  return c.body(JSON.stringify(manifest), 200, { 'content-type': 'application/manifest+json; charset=utf-8' });
});

export const siteMeta = app;
