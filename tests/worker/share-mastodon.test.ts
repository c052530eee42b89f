/**
 * The Mastodon step, /share/:slug/mastodon: a GET only ever shows the form (a link naming a
 * server gets it filled in, for the reader to confirm); the form's POST from our own page is
 * the one thing that redirects to the reader's server.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { slugHistory } from '../../src/db/schema';
import { articles as sample } from '../../seed/content';
import { shareLinks } from '../../src/routes/share';
import { cacheTagsOf } from './cache-tags-probe';
import { articleBySlug, asPerson, insertArticle, TRICKY_TITLE } from './share-fixtures';
import { db, ORIGIN, request, seedSampleNewsroom } from './support';

const published = sample.find((a) => a.status === 'published' && a.language === 'en')!;
const polish = sample.find((a) => a.status === 'published' && a.language === 'pl')!;

beforeAll(async () => {
  await seedSampleNewsroom();
  await insertArticle({ slug: 'tricky-headline', title: TRICKY_TITLE });
  const renamed = await insertArticle({ slug: 'renamed-story-v2', title: 'Renamed story' });
  await db().insert(slugHistory).values({ slug: 'renamed-story-v1', articleId: renamed.id });
});

/** The URL the reader lands on from a share on Mastodon. */
const landing = (slug: string) => `${ORIGIN}/articles/${slug}?utm_source=mastodon&utm_medium=social&utm_campaign=share`;

describe('the Mastodon step', () => {
  const formPath = `/share/${published.slug}/mastodon`;

  /** Submits the server field as our own page's form does (the browser marks it same-origin). */
  const submit = (slug: string, instance: string, headers: Record<string, string> = { 'sec-fetch-site': 'same-origin' }) =>
    request(`/share/${slug}/mastodon`, { method: 'POST', headers: { ...asPerson().headers, ...headers }, body: new URLSearchParams({ instance }) });

  async function submittedTarget(slug: string, instance: string): Promise<URL> {
    const res = await submit(slug, instance);
    expect(res.status).toBe(303);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    return new URL(res.headers.get('location')!);
  }

  it("asks for the reader's server with a form that works without JavaScript, stored once at the edge", async () => {
    const res = await request(formPath, asPerson());
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/^public/);
    const html = await res.text();
    expect(html).toContain(`<form class="search" method="post" action="${formPath}">`);
    expect(html).toMatch(/<label for="instance">Your Mastodon server<\/label>/);
    expect(html).toMatch(/<input id="instance" name="instance"/);
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).not.toContain('You are about to share on');
  });

  it('declares the article as what the form page shows (edge cache tags)', async () => {
    const { id } = await articleBySlug(published.slug);
    expect(await cacheTagsOf(shareLinks, formPath, '/share')).toContain(`article:${id}`);
  });

  it("lets only this form's submission redirect to another https host (CSP form-action)", async () => {
    const formCsp = (await request(formPath, asPerson())).headers.get('content-security-policy')!;
    expect(formCsp).toContain("form-action 'self' https:;");
    const articleCsp = (await request(`/articles/${published.slug}`)).headers.get('content-security-policy')!;
    expect(articleCsp).toMatch(/form-action 'self' ?;/);
  });

  it('a link naming a server never leaves our page: it names the server for the reader to confirm', async () => {
    for (const query of ['instance=Mastodon.Social', 'instance=mastodon.social&confirm=1', 'confirm=true&instance=mastodon.social&submit=1']) {
      // Parameters the page does not read (confirm, submit) are dropped by a same-site 301 first.
      const first = await request(`${formPath}?${query}`, asPerson());
      const res = first.status === 301 ? await request(first.headers.get('location')!, asPerson()) : first;
      expect(first.status === 301 ? first.headers.get('location') : formPath).toMatch(/^\/share\/[\w-]+\/mastodon(\?instance=[\w.]+)?$/);
      expect(res.status).toBe(200);
      expect(res.headers.get('location')).toBeNull();
      // A copy per crafted query string would cost a D1 write each: never stored.
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      const html = await res.text();
      expect(html).toContain('<p id="instance-confirm">You are about to share on <strong>mastodon.social</strong>.');
      expect(html).toMatch(/<input id="instance" name="instance"[^>]* value="mastodon.social" aria-describedby="instance-hint instance-confirm"/);
      expect(html).toContain(`<form class="search" method="post" action="${formPath}">`);
    }
  });

  it('names the server in Polish for a Polish story', async () => {
    const html = await (await request(`/share/${polish.slug}/mastodon?instance=mastodon.social`, asPerson())).text();
    expect(html).toContain('Za chwilę udostępnisz na serwerze <strong>mastodon.social</strong>.');
  });

  it("redirects the confirmed choice to the server's share form with the headline and tagged link", async () => {
    const target = await submittedTarget('tricky-headline', 'Mastodon.Social');
    expect(target.origin).toBe('https://mastodon.social');
    expect(target.pathname).toBe('/share');
    expect(Object.fromEntries(target.searchParams)).toEqual({ text: `${TRICKY_TITLE} ${landing('tricky-headline')}` });
  });

  it('accepts a pasted https:// server address', async () => {
    const target = await submittedTarget(published.slug, 'https://fosstodon.org/');
    expect(target.origin).toBe('https://fosstodon.org');
  });

  it('accepts a submission from a browser that sends Origin but no Sec-Fetch-Site', async () => {
    const res = await submit(published.slug, 'mastodon.social', { origin: ORIGIN });
    expect(res.status).toBe(303);
    expect(new URL(res.headers.get('location')!).host).toBe('mastodon.social');
  });

  it.each([
    ['posted from another site', { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }],
    ['posted from a sibling subdomain', { 'sec-fetch-site': 'same-site', origin: 'https://blog.news.example' }],
    ['posted with a foreign Origin by an old browser', { origin: 'https://evil.example' }],
    ['posted with an opaque Origin', { origin: 'null' }],
    ['posted by a client that sends neither header', {}],
    ['posted cross-site though Origin matches (Sec-Fetch-Site decides)', { 'sec-fetch-site': 'cross-site', origin: ORIGIN }],
  ])('%s: no redirect, the page asks the reader to confirm', async (_name, headers) => {
    const res = await submit(published.slug, 'evil.example', headers);
    expect(res.status).toBe(200);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).toContain('You are about to share on <strong>evil.example</strong>.');
  });

  it('shows the form again with an error for an empty server name, in Polish for a Polish story', async () => {
    for (const res of [await request(`/share/${polish.slug}/mastodon?instance=`, asPerson()), await submit(polish.slug, '')]) {
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
      const html = await res.text();
      expect(html).toContain('role="alert"');
      expect(html).toContain('Wpisz nazwę swojego serwera.');
    }
  });

  it('refuses a submission larger than the form could send', async () => {
    const res = await submit(published.slug, `mastodon.social${'x'.repeat(2000)}`);
    expect(res.status).toBe(413);
    expect(res.headers.get('location')).toBeNull();
  });

  it('a submission for a renamed story goes to the form at its new address; for a missing one, a 404', async () => {
    const moved = await submit('renamed-story-v1', 'mastodon.social');
    expect(moved.status).toBe(303);
    expect(moved.headers.get('location')).toBe('/share/renamed-story-v2/mastodon');
    expect((await submit('no-such-story', 'mastodon.social')).status).toBe(404);
  });
});
