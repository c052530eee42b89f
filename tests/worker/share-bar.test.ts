/** The share bar in the article page's HTML: first-party links, and a script the CSP allows. */
import { beforeAll, describe, expect, it } from 'vitest';
import { articles as sample } from '../../seed/content';
import { cspHash } from '../../src/middleware/security-headers';
import { SHARE_NETWORKS } from '../../src/share/networks';
import { shareScript } from '../../src/views/share-script';
import { request, seedSampleNewsroom } from './support';

const english = sample.find((a) => a.status === 'published' && a.language === 'en')!;
const polish = sample.find((a) => a.status === 'published' && a.language === 'pl')!;

beforeAll(async () => {
  await seedSampleNewsroom();
});

/** The <section> of the share bar, as HTML. */
async function shareBarOf(path: string) {
  const res = await request(path);
  expect(res.status).toBe(200);
  const html = await res.text();
  const bar = /<section class="block share-bar"[\s\S]*?<\/section>/.exec(html)?.[0];
  expect(bar).toBeDefined();
  return { html, bar: bar!, csp: res.headers.get('content-security-policy') ?? '' };
}

describe('share bar', () => {
  it('links every network through our own /share endpoint, with an accessible name', async () => {
    const { bar } = await shareBarOf(`/articles/${english.slug}`);
    for (const network of SHARE_NETWORKS) {
      const name = network.id === 'email' ? 'Share by email' : `Share on ${network.label}`;
      expect(bar).toContain(`<a href="/share/${english.slug}/${network.id}" rel="nofollow" aria-label="${name}">${network.label}</a>`);
    }
    // No third-party URL, script or iframe anywhere in the bar.
    expect(bar).not.toMatch(/https:\/\/(?!news\.example)|<iframe|<img/);
  });

  it('speaks Polish on a Polish story', async () => {
    const { bar } = await shareBarOf(`/articles/${polish.slug}`);
    expect(bar).toContain('aria-label="Udostępnij w serwisie X"');
    expect(bar).toContain('data-copy-label="Kopiuj link"');
    // The visible label is part of the accessible name (WCAG 2.5.3, axe label-content-name-mismatch).
    expect(bar).toContain('aria-label="Udostępnij przez e-mail">E-mail</a>');
  });

  it('carries the enhancement script, which the CSP allows by hash and is under 2 KB', async () => {
    const { html, csp } = await shareBarOf(`/articles/${english.slug}`);
    expect(html).toContain(`<script>${shareScript}</script>`);
    expect(csp).toContain(await cspHash(shareScript));
    expect(new TextEncoder().encode(shareScript).length).toBeLessThan(2048);
    expect(csp).not.toContain('unsafe-inline');
  });

  it('keeps its links in the lite edition (they have no lite twin)', async () => {
    const { bar } = await shareBarOf(`/lite/articles/${english.slug}`);
    expect(bar).toContain(`href="/share/${english.slug}/x"`);
    expect(bar).not.toContain('/lite/share/');
  });
});
