/**
 * The site's name on every reader surface outside the page shell (docs/newsroom.md "Site
 * settings and time zone"): the crawler's share preview, the web manifest, the Google News
 * sitemap, the alerts and corrections feeds, oEmbed, the JSON Feed and an error page whose
 * route read the settings. Each shows SITE_NAME until the newsroom saves a name, then the
 * saved one, escaped for its format, in the D1 round trips the route made before (plus one
 * for the manifest, which read nothing); a cached copy is purged by the save.
 */
import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles as sample } from '../../seed/content';
import { d1Queries, fetchSettled } from './edge-cache-support';
import { api, tokenFor } from './editor-support';
import { ORIGIN, signedIn } from './newsroom-support';
import { articleBySlug, insertArticle } from './share-fixtures';
import { seedSampleNewsroom } from './support';
import { parseXml } from './xml';

const NAME = `Кур'єр «Край» 📰 — Gazeta Łódzka "Nowa"`;
/** NAME as hono/jsx escapes text and attributes. */
const IN_HTML = 'Кур&#39;єр «Край» 📰 — Gazeta Łódzka &quot;Nowa&quot;';
const IN_XML = 'Кур&apos;єр «Край» 📰 — Gazeta Łódzka &quot;Nowa&quot;';
const CRAWLER = { headers: { 'user-agent': 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)' } };

const story = sample.find((a) => a.status === 'published' && a.language === 'en')!;
const FRESH_SLUG = 'lviv-tram-depot-reopens';
let shortCode: string;

const paths = {
  manifest: '/manifest.webmanifest',
  news: '/sitemaps/news.xml',
  alerts: '/alerts.json',
  corrections: '/corrections/atom.xml',
  oembed: `/oembed?url=${encodeURIComponent(`${ORIGIN}/articles/${story.slug}`)}&format=json`,
  jsonFeed: '/feed.json',
  missingFeed: '/sections/no-such-desk/feed.xml',
  missingArticle: '/articles/no-such-story-in-this-archive',
};

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** Text of an HTML element as a browser reads it (the five entities hono/jsx writes). */
const unescapeHtml = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);

/** What each surface calls the site, read the way its consumers read it. */
const nameIn = {
  manifest: async (res: Response) => (await res.json<{ name: string; short_name: string }>()).name,
  news: async (res: Response) => parseXml(await res.text()).urlset.url[0]['news:news']['news:publication']['news:name'] as string,
  alerts: async (res: Response) => (await res.json<{ title: string }>()).title.replace(/: breaking news$/, ''),
  corrections: async (res: Response) => parseXml(await res.text()).feed.author.name as string,
  oembed: async (res: Response) => (await res.json<{ provider_name: string }>()).provider_name,
  jsonFeed: async (res: Response) => (await res.json<{ title: string }>()).title,
  missingFeed: async (res: Response) => unescapeHtml(/<title>Error 404 · (.*?)<\/title>/.exec(await res.text())?.[1] ?? ''),
  missingArticle: async (res: Response) => unescapeHtml(/<title>Error 404 · (.*?)<\/title>/.exec(await res.text())?.[1] ?? ''),
} satisfies Record<keyof typeof paths, (res: Response) => Promise<string>>;

/**
 * D1 round trips of each surface on a miss, the same before and after a save: the settings
 * row rides in the batch each route already sent; the manifest, which read nothing, reads it alone.
 */
const ROUND_TRIPS: Record<keyof typeof paths, number> = {
  manifest: 1,
  news: 1,
  alerts: 1,
  corrections: 1,
  oembed: 1,
  jsonFeed: 1,
  missingFeed: 1,
  missingArticle: 1,
};

async function saveName(name: string) {
  const admin = await signedIn('admin');
  const saved = await fetchSettled('/newsroom/settings', {
    method: 'POST',
    headers: { cookie: admin.cookie, origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: admin.csrf, name, timeZone: 'Europe/Kyiv', language: 'en' }).toString(),
  });
  expect(saved.status).toBe(303);
}

beforeAll(async () => {
  await seedSampleNewsroom();
  // A story of the last 48 hours for the news sitemap, an alert and a correction for their feeds.
  shortCode = (await insertArticle({ slug: FRESH_SLUG, title: 'У Львові після ремонту відкрили трамвайне депо на Підзамчі: «перші вагони вже на лінії»', language: 'uk' })).shortCode!;
  const editor = (await tokenFor('editor')).secret;
  expect((await api('/alerts', { token: editor, json: { text: 'Ostrzeżenie: „silny wiatr” nad Łodzią 🌬️', url: `/articles/${story.slug}` } })).status).toBe(201);
  const { id } = (await articleBySlug(story.slug))!;
  expect((await api(`/articles/${id}/corrections`, { token: editor, json: { kind: 'correction', text: 'An earlier version gave the wrong date of the vote.' } })).status).toBe(201);
});

describe('the site name outside the page shell', () => {
  it('is SITE_NAME while no name is saved, in the same D1 round trips as after a save; cached copies are hits', async () => {
    for (const [surface, path] of Object.entries(paths) as [keyof typeof paths, string][]) {
      const miss = await fetchSettled(path);
      expect(d1Queries(miss), surface).toBe(ROUND_TRIPS[surface]);
      expect(await nameIn[surface](miss), surface).toBe(env.SITE_NAME);
      expect((await fetchSettled(path)).headers.get('cache-status'), surface).toMatch(/hit/);
    }
    const preview = await (await fetchSettled(`/share/${story.slug}/x`, CRAWLER)).text();
    expect(preview).toContain(`<meta property="og:site_name" content="${env.SITE_NAME}"/>`);
  });

  it('is the saved name after a save: every cached copy is purged, each format escapes it, no extra round trip', async () => {
    await saveName(NAME);
    for (const [surface, path] of Object.entries(paths) as [keyof typeof paths, string][]) {
      const res = await fetchSettled(path);
      expect(res.headers.get('cache-status'), surface).not.toMatch(/hit/);
      expect(d1Queries(res), surface).toBe(ROUND_TRIPS[surface]);
      expect(await nameIn[surface](res), surface).toBe(NAME);
    }
  });

  it('escapes the name in the XML, JSON and HTML text itself', async () => {
    const news = await (await fetchSettled(paths.news)).text();
    expect(news).toContain(`<news:name>${IN_XML}</news:name>`);
    const atom = await (await fetchSettled(paths.corrections)).text();
    expect(atom).toContain(`<author><name>${IN_XML}</name></author>`);
    expect(atom).toContain(`<title type="text">Corrections · ${IN_XML}</title>`);
    const manifest = await (await fetchSettled(paths.manifest)).text();
    expect(manifest).toContain(`"name":${JSON.stringify(NAME)}`);
    expect(JSON.parse(manifest).description).toBe(`The latest news from ${NAME}.`);
    const alerts = await (await fetchSettled(paths.alerts)).json<{ title: string; items: unknown[] }>();
    expect(alerts).toMatchObject({ title: `${NAME}: breaking news` });
    expect(alerts.items).toHaveLength(1);
    const card = await (await fetchSettled(paths.oembed)).json<{ html: string }>();
    expect(card.html).toMatch(new RegExp(`<footer>— (?:[^<]+, )?${IN_HTML}</footer>`));
    const missing = await fetchSettled(paths.missingFeed);
    expect(missing.status).toBe(404);
    const page = await missing.text();
    expect(page).toContain(`<title>Error 404 · ${IN_HTML}</title>`);
    expect(page).not.toContain('Łódzka "Nowa"');
  });

  it('names the site on the share and short-link previews crawlers get, reading the settings in the article batch', async () => {
    for (const path of [`/share/${story.slug}/x`, `/s/${shortCode}`, `/share/${FRESH_SLUG}/facebook`]) {
      const res = await fetchSettled(path, CRAWLER);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('private, no-store');
      // The shareable-article check, then one batch: the article and the settings together.
      expect(d1Queries(res), path).toBe(2);
      const html = await res.text();
      expect(html, path).toMatch(new RegExp(`<title>[^<]+ · ${IN_HTML}</title>`));
      expect(html, path).toContain(`<meta property="og:site_name" content="${IN_HTML}"/>`);
      // The masthead and footer of the page's shell too.
      expect(html, path).toContain(`<span>${IN_HTML}</span>`);
      expect(html, path).not.toContain(env.SITE_NAME);
      expect(html, path).not.toContain('Łódzka "Nowa"');
    }
    // A person following the same link is sent on to the network, never shown the preview.
    expect((await fetchSettled(`/share/${story.slug}/x`, { headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0' } })).status).toBe(302);
  });

  it('keeps SITE_NAME on an error page whose route read no settings: a 404 at a made-up URL costs no D1 query', async () => {
    const res = await fetchSettled(`/no-such-page-${crypto.randomUUID()}`);
    expect(res.status).toBe(404);
    expect(d1Queries(res)).toBe(0);
    expect(await res.text()).toContain(`<title>Error 404 · ${env.SITE_NAME}</title>`);
  });
});
