/**
 * Open-redirect attempts against share links, short links and the Mastodon instance form:
 * every answer either redirects to a host we chose or does not redirect at all. A link can
 * never send a reader to a Mastodon server: only the form submitted from our page can.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { articles as sample } from '../../seed/content';
import { SHARE_NETWORKS } from '../../src/share/networks';
import { parseMastodonInstance } from '../../src/share/mastodon-instance';
import { articleBySlug, asPerson } from './share-fixtures';
import { ORIGIN, request, seedSampleNewsroom } from './support';

const story = sample.find((a) => a.status === 'published')!;
let shortCode = '';

beforeAll(async () => {
  await seedSampleNewsroom();
  shortCode = (await articleBySlug(story.slug)).shortCode;
});

const ALLOWED_HOSTS = new Set([
  'news.example',
  'x.com',
  'www.linkedin.com',
  'www.facebook.com',
  'www.reddit.com',
  'bsky.app',
  't.me',
  'api.whatsapp.com',
  'news.ycombinator.com',
]);

/**
 * The edge cache answers parameters a route does not read, and paths with `//`, with a 301 to
 * the clean same-site URL (edge-cache/params). Checks that hop stays on our site and follows it.
 */
async function throughNormalizing(res: Response): Promise<Response> {
  if (!/detail=normalized/.test(res.headers.get('cache-status') ?? '')) return res;
  const location = res.headers.get('location')!;
  expect(location).toMatch(/^\/(?![/\\])/);
  expect(location).not.toMatch(/[\r\n]/);
  return request(`${ORIGIN}${location}`, asPerson());
}

/** Fails if the response redirects anywhere but our own origin, a network host, or mailto:. */
function expectNoForeignRedirect(res: Response) {
  const location = res.headers.get('location');
  if (location === null) return;
  expect(location).not.toMatch(/[\r\n]/);
  const target = new URL(location, ORIGIN);
  if (target.protocol === 'mailto:') {
    expect(location.startsWith('mailto:?subject=')).toBe(true);
    return;
  }
  expect(target.protocol).toBe('https:');
  expect(ALLOWED_HOSTS.has(target.host), `redirected to ${target.host}`).toBe(true);
  // Hidden foreign URLs ride only inside encoded parameters of a network's intent.
  expect(target.username + target.password).toBe('');
}

const HOSTILE_PARAMS = [
  'url=https://evil.com',
  'to=//evil.com',
  'u=https%3A%2F%2Fevil.com',
  'redirect=%2F%2Fevil.com',
  'next=/%5Cevil.com',
  'text=https://evil.com&title=evil',
  'instance=evil.com',
].join('&');

describe('share links ignore hostile parameters', () => {
  it.each(SHARE_NETWORKS.filter((n) => n.id !== 'mastodon').map((n) => n.id))('%s', async (network) => {
    const res = await throughNormalizing(await request(`/share/${story.slug}/${network}?${HOSTILE_PARAMS}`, asPerson()));
    expect(res.status).toBe(302);
    expectNoForeignRedirect(res);
    expect(res.headers.get('location')).not.toMatch(/evil/);
  });

  it('the Mastodon page never redirects on a GET, whatever the parameters', async () => {
    const res = await throughNormalizing(await request(`/share/${story.slug}/mastodon?${HOSTILE_PARAMS}&confirm=1&instance=mastodon.social`, asPerson()));
    expect(res.status).toBeLessThan(300);
    expect(res.headers.get('location')).toBeNull();
  });

  it('a short link ignores them too', async () => {
    const res = await throughNormalizing(await request(`/s/${shortCode}?${HOSTILE_PARAMS}`, asPerson()));
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${ORIGIN}/articles/${story.slug}`);
  });
});

describe('hostile paths never redirect off-site', () => {
  const paths = [
    '/share//evil.com/x',
    '/share/%2F%2Fevil.com/x',
    '/share/%5Cevil.com/x',
    '/share/%2F%5Cevil.com/x',
    '/share/https:%2F%2Fevil.com/x',
    `/share/${story.slug}%0d%0aLocation:%20https://evil.com/x`,
    `/share/${story.slug}/x%0d%0aLocation:%20https://evil.com`,
    `/share/${story.slug}/%2F%2Fevil.com`,
    `/share/${story.slug}/x/..%2F..%2F%2Fevil.com`,
    '/share/%EF%BD%85%EF%BD%96%EF%BD%89%EF%BD%8C.com/x', // fullwidth "ｅｖｉｌ"
    `/share/${story.slug}%00/x`,
    '/s//evil.com',
    '/s/%2F%2Fevil.com',
    '/s/%5Cevil.com',
    '/s/AAAAAAAA%0d%0aLocation:evil',
    '/s/ＡＢＣＤＥＦＧＨ',
    '/s/AAAAAAAA',
  ];
  it.each(paths)('%s', async (path) => {
    const res = await throughNormalizing(await request(`${ORIGIN}${path}`, asPerson()));
    expectNoForeignRedirect(res);
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('location') ?? '').not.toMatch(/evil/);
  });
});

describe('the Mastodon instance is a bare hostname or nothing', () => {
  const hostile = [
    'evil.com/path',
    'user@host.social',
    'mastodon.social@evil.com',
    'mastodon.social:443@evil.com',
    'host.social:8080',
    '//evil.com',
    'https://evil.com/path',
    'http://evil.com',
    'javascript:alert(1)',
    'evil.com\\@mastodon.social',
    'evil.com%2F@mastodon.social',
    'evil.com#@mastodon.social',
    'evil.com?@mastodon.social',
    'mastodon.social\r\nSet-Cookie: a=b',
    'mastodon.social%0d%0a',
    'mаstodon.social', // Cyrillic "а"
    'zażółć.pl',
    '127.0.0.1',
    '[::1]',
    'localhost',
    'mastodon.social.',
    '-bad.social',
    'a..b.social',
    'evil.com mastodon.social',
    'x'.repeat(64) + '.social',
  ];

  /** The form as our own page submits it. */
  const submit = (instance: string) =>
    request(`/share/${story.slug}/mastodon`, {
      method: 'POST',
      headers: { ...asPerson().headers, 'sec-fetch-site': 'same-origin' },
      body: new URLSearchParams({ instance }),
    });

  it.each(hostile)('%j: refused with the form again, no redirect, in a link or submitted', async (instance) => {
    for (const res of [await request(`/share/${story.slug}/mastodon?instance=${encodeURIComponent(instance)}`, asPerson()), await submit(instance)]) {
      expect(res.status).toBe(400);
      expect(res.headers.get('location')).toBeNull();
      expect(await res.text()).toContain('role="alert"');
    }
  });

  it.each(hostile)('%j: parser refuses it', (instance) => {
    expect(parseMastodonInstance(instance)).toBeNull();
  });

  it.each([
    ['mastodon.social', 'mastodon.social'],
    ['  Fosstodon.ORG ', 'fosstodon.org'],
    ['https://social.example.co.uk/', 'social.example.co.uk'],
    ['xn--mastodn-0ya.social', 'xn--mastodn-0ya.social'],
  ])('%j is accepted as %s: named by a link, followed only when submitted', async (input, host) => {
    expect(parseMastodonInstance(input)).toBe(host);
    const linked = await request(`/share/${story.slug}/mastodon?instance=${encodeURIComponent(input)}`, asPerson());
    expect(linked.status).toBe(200);
    expect(linked.headers.get('location')).toBeNull();
    // In the story's language (the first sample story is Polish): the host is what matters.
    expect(await linked.text()).toMatch(new RegExp(`<p id="instance-confirm">[^<]+<strong>${host.replace(/\./g, '\\.')}</strong>`));
    const res = await submit(input);
    expect(res.status).toBe(303);
    const target = new URL(res.headers.get('location')!);
    expect(target.host).toBe(host);
    expect(target.pathname).toBe('/share');
    expect([...target.searchParams.keys()]).toEqual(['text']);
  });
});
