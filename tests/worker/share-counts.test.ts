/**
 * Honest share counts: every reader's click counted exactly once, even concurrently;
 * bots, HEAD requests and prefetches not at all; link-preview crawlers get the Open Graph
 * page. Counts are written after the response (waitUntil), so tests poll for them.
 * A reader is an address and a browser: repeats are share-click-dedupe.test.ts's subject.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { shareClicks } from '../../src/db/schema';
import { getShareCounts, utcDay } from '../../src/queries/shares';
import { api, tokenFor } from './editor-support';
import { asPerson, insertArticle } from './share-fixtures';
import { db, ORIGIN, request, seedSampleNewsroom } from './support';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let readers = 0;
/** A person at an address of their own, so every call is a new reader. */
const asReader = (extra: Record<string, string> = {}) => asPerson({ 'cf-connecting-ip': `203.0.113.${++readers}`, ...extra });

/** The reader's confirmed choice of server, posted from our own Mastodon page. */
const confirmMastodon = (slug: string, instance: string, reader: { headers: Record<string, string> }) =>
  request(`/share/${slug}/mastodon`, { method: 'POST', headers: { ...reader.headers, 'sec-fetch-site': 'same-origin' }, body: new URLSearchParams({ instance }) });

/** Waits until the article's total reaches `expected` (or gives up), then returns the counts. */
async function settledCounts(articleId: number, expected: number) {
  for (let i = 0; i < 200; i++) {
    const counts = await getShareCounts(db(), articleId);
    if (counts.total >= expected) {
      // Give any stray extra write the chance to show up before the caller asserts.
      await sleep(100);
      return getShareCounts(db(), articleId);
    }
    await sleep(25);
  }
  return getShareCounts(db(), articleId);
}

beforeAll(async () => {
  await seedSampleNewsroom();
});

describe('counting clicks', () => {
  it('counts 50 concurrent clicks of 50 readers as exactly 50, in one row for the day', async () => {
    const article = await insertArticle({ slug: 'concurrent-clicks' });
    const responses = await Promise.all(Array.from({ length: 50 }, () => request('/share/concurrent-clicks/x', asReader())));
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(302));
    const counts = await settledCounts(article.id, 50);
    expect(counts).toEqual({ total: 50, networks: { x: 50 } });
    const rows = await db().select().from(shareClicks).where(eq(shareClicks.articleId, article.id));
    expect(rows).toEqual([{ articleId: article.id, network: 'x', day: utcDay(), count: 50 }]);
  });

  it('counts each network, the confirmed Mastodon share and short-link hits separately', async () => {
    const article = await insertArticle({ slug: 'per-network' });
    const reader = asReader();
    await request('/share/per-network/linkedin', reader);
    await request('/share/per-network/linkedin', reader); // the same reader again: not another share
    await request('/share/per-network/linkedin', asReader());
    await request('/share/per-network/email', reader);
    await request('/share/per-network/mastodon', reader); // the form: not a share yet
    await request('/share/per-network/mastodon?instance=mastodon.social', reader); // asks to confirm: not a share yet
    await confirmMastodon('per-network', 'bad/host', reader); // refused: not a share
    await confirmMastodon('per-network', 'mastodon.social', reader);
    await request(`/s/${article.shortCode}`, reader);
    const counts = await settledCounts(article.id, 5);
    expect(counts).toEqual({ total: 5, networks: { linkedin: 2, email: 1, mastodon: 1, short: 1 } });
  });

  const bots: [string, Record<string, string>, string?][] = [
    ['Googlebot', { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }],
    ['bingbot', { 'user-agent': 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)' }],
    ['GPTBot', { 'user-agent': 'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)' }],
    ['curl', { 'user-agent': 'curl/8.11.1' }],
    ['python-requests', { 'user-agent': 'python-requests/2.32.3' }],
    ['no User-Agent', { 'user-agent': '' }],
    ['a HEAD request', asReader().headers, 'HEAD'],
    ['a browser prefetch', asReader({ 'sec-purpose': 'prefetch' }).headers],
  ];

  it.each(bots)('does not count %s, but still redirects it', async (_name, headers, method = 'GET') => {
    const slug = `bot-${crypto.randomUUID().slice(0, 8)}`;
    const article = await insertArticle({ slug });
    const res = await request(`/share/${slug}/reddit`, { method, headers });
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location')!).host).toBe('www.reddit.com');
    // Another person's click after the bot's: once it shows, the bot's would have too.
    await request(`/share/${slug}/reddit`, asReader());
    expect(await settledCounts(article.id, 1)).toEqual({ total: 1, networks: { reddit: 1 } });
  });

  it('tells a "Cubot" phone from a bot', async () => {
    const article = await insertArticle({ slug: 'cubot-phone' });
    const ua = 'Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36';
    await request('/share/cubot-phone/whatsapp', asReader({ 'user-agent': ua }));
    expect(await settledCounts(article.id, 1)).toEqual({ total: 1, networks: { whatsapp: 1 } });
  });
});

describe('link-preview crawlers', () => {
  const crawlers = [
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    'Twitterbot/1.0',
    'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)',
    'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
    'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)',
    'TelegramBot (like TwitterBot)',
    'WhatsApp/2.23.20.0',
    'http.rb/5.1.1 (Mastodon/4.3.0; +https://mastodon.social/)',
    'Mozilla/5.0 (compatible; Bluesky Cardyb/1.1; +mailto:support@bsky.app)',
  ];

  it.each(crawlers)('%s gets the Open Graph page for share and short links, uncounted', async (ua) => {
    const slug = `preview-${crypto.randomUUID().slice(0, 8)}`;
    const article = await insertArticle({ slug, title: 'Ferry "Q&A" <live>', dek: 'What the strike means.' });
    for (const path of [`/share/${slug}/x`, `/share/${slug}/mastodon`, `/s/${article.shortCode}`]) {
      const res = await request(path, { headers: { 'user-agent': ua } });
      expect(res.status).toBe(200);
      expect(res.headers.get('location')).toBeNull();
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(res.headers.get('vary')).toMatch(/User-Agent/i);
      const html = await res.text();
      expect(html).toContain('<meta property="og:title" content="Ferry &quot;Q&amp;A&quot; &lt;live&gt;"/>');
      expect(html).toContain(`<meta property="og:url" content="${ORIGIN}/articles/${slug}"/>`);
      expect(html).toContain('<meta property="og:description" content="What the strike means."/>');
    }
    await request(`/share/${slug}/x`, asReader());
    expect(await settledCounts(article.id, 1)).toEqual({ total: 1, networks: { x: 1 } });
  });

  it('a crawler asking for a draft gets the 404 page, no preview', async () => {
    await insertArticle({ slug: 'crawled-draft', status: 'draft', title: 'Secret draft' });
    const res = await request('/share/crawled-draft/x', { headers: { 'user-agent': 'Twitterbot/1.0' } });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('Secret draft');
  });
});

describe('GET /api/v1/articles/:slug/shares', () => {
  it('lists every network with its total, zeros included', async () => {
    const article = await insertArticle({ slug: 'counted-story' });
    await request('/share/counted-story/bluesky', asReader());
    await request(`/s/${article.shortCode}`, asReader());
    await settledCounts(article.id, 2);
    const res = await request('/api/v1/articles/counted-story/shares');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const body = await res.json<{ slug: string; total: number; networks: Record<string, number> }>();
    expect(body).toEqual({
      slug: 'counted-story',
      total: 2,
      networks: { x: 0, linkedin: 0, facebook: 0, reddit: 0, bluesky: 1, mastodon: 0, telegram: 0, whatsapp: 0, hackernews: 0, email: 0, short: 1 },
    });
  });

  it.each(['draft', 'scheduled', 'unpublished'] as const)('answers 404 JSON for a %s article', async (status) => {
    await insertArticle({ slug: `counts-${status}`, status });
    const res = await request(`/api/v1/articles/counts-${status}/shares`);
    expect(res.status).toBe(404);
    // Not stored at the edge: a copy per made-up slug would cost a D1 write each.
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('GET /api/v1/editor/articles/:id/shares', () => {
  it('needs a token', async () => {
    const article = await insertArticle({ slug: 'editor-counts-auth' });
    const res = await api(`/articles/${article.id}/shares`);
    expect(res.status).toBe(401);
  });

  it('shows an editor the counts of any article, private and uncached', async () => {
    const article = await insertArticle({ slug: 'editor-counts' });
    await request('/share/editor-counts/telegram', asReader());
    await settledCounts(article.id, 1);
    const { secret } = await tokenFor('editor');
    const res = await api(`/articles/${article.id}/shares`, { token: secret });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await res.json()).toMatchObject({ id: article.id, slug: 'editor-counts', total: 1, networks: { telegram: 1, x: 0 } });
  });

  it("keeps a contributor out of other people's articles", async () => {
    const article = await insertArticle({ slug: 'editor-counts-other' });
    const { secret } = await tokenFor('contributor');
    expect((await api(`/articles/${article.id}/shares`, { token: secret })).status).toBe(403);
    expect((await api('/articles/999999/shares', { token: (await tokenFor('editor')).secret })).status).toBe(404);
  });
});

describe('D1 work on the hot path', () => {
  const roundTrips = (res: Response) => /d1;[^,]*desc="(\d+) quer/.exec(res.headers.get('server-timing') ?? '')?.[1];

  it('a share redirect, a short link and the counts each take one read before answering', async () => {
    const article = await insertArticle({ slug: 'hot-path' });
    // The isolate learns today's salt with its first counted click. After that, counting
    // starts after the response with the rate limiter, so Server-Timing shows the read
    // alone; what counting itself costs is measured in share-click-dedupe.test.ts.
    await request('/share/hot-path/email', asReader());
    await settledCounts(article.id, 1);
    const bot = { headers: { 'user-agent': 'curl/8.11.1' } };
    expect({
      share: roundTrips(await request('/share/hot-path/x', asReader())),
      shareByBot: roundTrips(await request('/share/hot-path/x', bot)),
      short: roundTrips(await request(`/s/${article.shortCode}`, asReader())),
      shortByBot: roundTrips(await request(`/s/${article.shortCode}`, bot)),
      counts: roundTrips(await request('/api/v1/articles/hot-path/shares')),
      unknownNetwork: roundTrips(await request('/share/hot-path/myspace', asReader())),
    }).toEqual({ share: '1', shareByBot: '1', short: '1', shortByBot: '1', counts: '1', unknownNetwork: '0' });
    // The clicks above still count, after the response.
    expect(await settledCounts(article.id, 3)).toEqual({ total: 3, networks: { email: 1, x: 1, short: 1 } });
  });
});
