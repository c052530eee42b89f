/** /share/:slug/:network: where each network's share link leads, and what it refuses (Mastodon: share-mastodon.test.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import { slugHistory } from '../../src/db/schema';
import { articles as sample } from '../../seed/content';
import { articleBySlug, asPerson, insertArticle, TRICKY_TITLE } from './share-fixtures';
import { db, ORIGIN, request, seedSampleNewsroom } from './support';

const published = sample.find((a) => a.status === 'published' && a.language === 'en')!;
const polish = sample.find((a) => a.status === 'published' && a.language === 'pl')!;

beforeAll(async () => {
  await seedSampleNewsroom();
  await insertArticle({ slug: 'tricky-headline', title: TRICKY_TITLE });
  await insertArticle({ slug: 'syndicated-copy', title: 'Syndicated', canonicalUrl: 'https://original.example/story?id=7' });
  await insertArticle({ slug: 'bad-canonical', title: 'Bad canonical', canonicalUrl: 'javascript:alert(1)' });
  await insertArticle({ slug: 'unpublished-story', status: 'unpublished' });
  await insertArticle({ slug: 'trashed-story', deletedAt: new Date() });
  const renamed = await insertArticle({ slug: 'renamed-story-v2', title: 'Renamed story' });
  await db().insert(slugHistory).values({ slug: 'renamed-story-v1', articleId: renamed.id });
});

/** The URL the reader lands on from a share on `network`. */
const landing = (slug: string, network: string) =>
  `${ORIGIN}/articles/${slug}?utm_source=${network}&utm_medium=social&utm_campaign=share`;

async function shareTarget(slug: string, network: string): Promise<URL> {
  const res = await request(`/share/${slug}/${network}`, asPerson());
  expect(res.status).toBe(302);
  expect(res.headers.get('cache-control')).toBe('private, no-store');
  const location = res.headers.get('location')!;
  // Fully percent-encoded: nothing a header or a URL parser could misread.
  expect(location).toMatch(/^[\x21-\x7e]+$/);
  return new URL(location);
}

const paramsOf = (url: URL) => Object.fromEntries(url.searchParams);

/** Host, path and exact parameters of every network's intent for a headline and URL. */
const expectedIntents: Record<string, (title: string, url: string) => { origin: string; path: string; params: Record<string, string> }> = {
  x: (title, url) => ({ origin: 'https://x.com', path: '/intent/post', params: { text: title, url } }),
  linkedin: (_, url) => ({ origin: 'https://www.linkedin.com', path: '/sharing/share-offsite/', params: { url } }),
  facebook: (_, url) => ({ origin: 'https://www.facebook.com', path: '/sharer/sharer.php', params: { u: url } }),
  reddit: (title, url) => ({ origin: 'https://www.reddit.com', path: '/submit', params: { url, title } }),
  bluesky: (title, url) => ({ origin: 'https://bsky.app', path: '/intent/compose', params: { text: `${title} ${url}` } }),
  telegram: (title, url) => ({ origin: 'https://t.me', path: '/share/url', params: { url, text: title } }),
  whatsapp: (title, url) => ({ origin: 'https://api.whatsapp.com', path: '/send', params: { text: `${title} ${url}` } }),
  hackernews: (title, url) => ({ origin: 'https://news.ycombinator.com', path: '/submitlink', params: { u: url, t: title } }),
};

describe('share redirects', () => {
  const cases = Object.keys(expectedIntents).flatMap((network) => [
    [network, published.slug, published.title],
    [network, 'tricky-headline', TRICKY_TITLE],
    [network, polish.slug, polish.title],
  ]);

  it.each(cases)('%s: %s goes to the intent with the headline and tagged URL', async (network, slug, title) => {
    const target = await shareTarget(slug!, network!);
    const expected = expectedIntents[network!]!(title!, landing(slug!, network!));
    expect(target.origin).toBe(expected.origin);
    expect(target.pathname).toBe(expected.path);
    expect(paramsOf(target)).toEqual(expected.params);
    expect(target.hash).toBe('');
  });

  it.each([published.slug, 'tricky-headline', polish.slug])('email: %s opens a mailto: with subject and body', async (slug) => {
    const res = await request(`/share/${slug}/email`, asPerson());
    const location = res.headers.get('location')!;
    expect(location.startsWith('mailto:?subject=')).toBe(true);
    // RFC 6068: spaces as %20 (a "+" would show literally in mail clients).
    expect(location).not.toContain('+');
    const title = (await articleBySlug(slug)).title;
    const fields = Object.fromEntries(location.slice('mailto:?'.length).split('&').map((pair) => pair.split('=').map(decodeURIComponent)));
    expect(fields).toEqual({ subject: title, body: `${title}\r\n\r\n${landing(slug, 'email')}` });
  });

  it('encodes the tricky headline, never passing &, # or quotes through raw', async () => {
    const target = await shareTarget('tricky-headline', 'x');
    expect(target.search).not.toMatch(/["'#]|&(?!url=)/);
    expect(target.searchParams.get('text')).toBe(TRICKY_TITLE);
  });

  it('accepts "twitter" as the old name of X, counted as x', async () => {
    const target = await shareTarget(published.slug, 'twitter');
    expect(target.origin).toBe('https://x.com');
    expect(target.searchParams.get('url')).toBe(landing(published.slug, 'x'));
  });

  it("shares a syndicated copy's canonical original, tagged", async () => {
    const target = await shareTarget('syndicated-copy', 'linkedin');
    expect(target.searchParams.get('url')).toBe('https://original.example/story?id=7&utm_source=linkedin&utm_medium=social&utm_campaign=share');
  });

  it('falls back to our own URL when the stored canonical URL is not http(s)', async () => {
    const target = await shareTarget('bad-canonical', 'facebook');
    expect(target.searchParams.get('u')).toBe(landing('bad-canonical', 'facebook'));
  });

  it('follows an old slug to the current one', async () => {
    const res = await request('/share/renamed-story-v1/reddit', asPerson());
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/share/renamed-story-v2/reddit');
  });
});

describe('share links that lead nowhere', () => {
  const hidden = sample.filter((a) => a.status !== 'published').map((a) => a.slug);
  it.each([...hidden, 'unpublished-story', 'trashed-story', 'no-such-story'])('%s: 404 page, no redirect', async (slug) => {
    const res = await request(`/share/${slug}/x`, asPerson());
    expect(res.status).toBe(404);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('content-type')).toContain('text/html');
    // Not stored at the edge: a copy per made-up slug would cost a D1 write each.
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const html = await res.text();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/Draft|Embargoed/);
  });

  it.each(['myspace', 'x.com', 'https:', '..', '%2F%2Fevil.com'])('unknown network %s: 404 page', async (network) => {
    const res = await request(`/share/${published.slug}/${network}`, asPerson());
    expect(res.status).toBe(404);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('content-type')).toContain('text/html');
    // "/share/<slug>/.." is "/share/" once resolved: the site's own 404, not this route's.
    if (network !== '..') expect(res.headers.get('cache-control')).toBe('private, no-store');
  });
});
