import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { embedScript } from '../../src/views/embed-script';
import { api, createDraft, tokenFor } from './editor-support';
import { PROVIDER_LINKS } from './embeds-fixtures';
import { fetchSettled } from './edge-cache-support';
import { request, seedSampleNewsroom } from './support';

const TITLE = 'Zełenski w Warszawie: „Nie ustąpimy” — Зеленський у Варшаві 🇺🇦🇵🇱, what the "deal" means for Europe';
const BODY = [
  'Prezydent Ukrainy przyjechał do Warszawy w poniedziałek rano. Zobacz, co powiedział:',
  ...PROVIDER_LINKS.map(([, link]) => link),
  'Watch https://youtu.be/dQw4w9WgXcQ before the vote: a link in a sentence stays a link.',
].join('\n\n');
const FRAME_ORIGINS = [
  'https://embed.bsky.app', 'https://mastodon.social', 'https://open.spotify.com', 'https://platform.twitter.com',
  'https://player.vimeo.com', 'https://pol.social', 'https://w.soundcloud.com', 'https://www.google.com',
  'https://www.instagram.com', 'https://www.tiktok.com', 'https://www.youtube-nocookie.com',
];

let slug: string;
let plainSlug: string;

async function publish(editor: string, fields: Record<string, unknown>) {
  const draft = await createDraft(editor, fields);
  const res = await api(`/articles/${draft.id}/publish`, { token: editor, method: 'POST' });
  expect(res.status).toBe(200);
  return (await res.json<{ slug: string }>()).slug;
}

beforeAll(async () => {
  // The providers cannot be reached from tests: the page's background oEmbed lookups
  // (content/embed-metadata) get this stub of exactly the outbound (https) fetch, which finds
  // nothing. Other fetches pass: the test runner loads modules through fetch.
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) =>
    String(input instanceof Request ? input.url : input).startsWith('https:') ? new Response('not found', { status: 404 }) : realFetch(input, init));
  await seedSampleNewsroom();
  const editor = (await tokenFor('editor')).secret;
  slug = await publish(editor, { title: TITLE, body: BODY, language: 'pl' });
  plainSlug = await publish(editor, { title: 'Budżet 2027: „kompromis” w Sejmie', body: 'Posłowie głosowali do północy.\n\nhttps://www.sejm.gov.pl/' });
}, 60_000); // seeding on a busy machine can take longer than the default 10 s

afterAll(() => {
  vi.restoreAllMocks();
});

const frameSrc = (res: Response) =>
  res.headers.get('content-security-policy')!.split(';').map((d) => d.trim()).find((d) => d.startsWith('frame-src'));
const cards = (html: string) => [...html.matchAll(/<div class="embed" data-provider="([a-z]+)"/g)].map((m) => m[1]);

describe('an article with embeds', () => {
  it('shows a static card for each, with nothing loaded from a provider', async () => {
    const res = await request(`/articles/${slug}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(cards(html)).toEqual(PROVIDER_LINKS.map(([provider]) => provider));
    expect(html).toContain('Load content from Google Maps');
    expect(html).not.toContain('<iframe');
    // Nothing the page loads by itself points off the site (links to the providers are fine).
    const loads = [...html.matchAll(/<(?:img|script|iframe|link|source|video|audio)\b[^>]*\b(?:src|srcset|href)="([^"]*)"/g)].map((m) => m[1]!);
    for (const url of loads) expect(url).not.toMatch(/^(https?:)?\/\/(?!news\.example)/);
    expect(html).toContain(`<script>${embedScript}</script>`);
    expect(html).toContain('href="https://youtu.be/dQw4w9WgXcQ"'); // the link inside a sentence
  });

  it("admits exactly its providers' frame origins in the CSP, on a miss and on a cached copy", async () => {
    const first = await fetchSettled(`/articles/${slug}`);
    const second = await fetchSettled(`/articles/${slug}`);
    expect(second.headers.get('cache-status')).toMatch(/hit/);
    for (const res of [first, second]) {
      expect(frameSrc(res)).toBe(`frame-src 'self' ${FRAME_ORIGINS.join(' ')}`);
      expect(res.headers.get('x-embed-frame-origins')).toBeNull();
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('keeps frames closed on pages without embeds', async () => {
    for (const path of [`/articles/${plainSlug}`, '/', `/lite/articles/${slug}`]) {
      const res = await request(path);
      expect(res.status).toBe(200);
      expect(frameSrc(res)).toBeUndefined();
      expect(await res.text()).not.toContain(embedScript);
    }
  });

  it('shows plain links in the lite edition', async () => {
    const html = await (await request(`/lite/articles/${slug}`)).text();
    expect(html).not.toMatch(/class="embed|data-frame|Load content from/);
    for (const [, , url] of PROVIDER_LINKS) expect(html).toContain(`<p><a rel="noopener noreferrer" href="${url.replace(/&/g, '&amp;')}">`);
  });

  it('shows plain links in RSS, Atom and JSON Feed', async () => {
    const rss = await (await request('/feed.xml')).text();
    const atom = await (await request('/atom.xml')).text();
    const json = await (await request('/feed.json')).json<{ items: { title: string; content_html: string }[] }>();
    const item = json.items.find((entry) => entry.title === TITLE)!;
    expect(item.content_html).toContain('<a rel="noopener noreferrer" href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">https://www.youtube.com/watch?v=dQw4w9WgXcQ</a>');
    for (const feed of [rss, atom, item.content_html]) {
      expect(feed).toContain('https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC');
      expect(feed).not.toMatch(/class=(&quot;|")embed|data-frame|Load content from/);
    }
  });
});
