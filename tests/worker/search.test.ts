import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, sections } from '../../src/db/schema';
import { highlightSnippet } from '../../src/model/search-snippet';
import { MAX_QUERY_LENGTH, toFtsQuery } from '../../src/queries/search';
import { articles as sample } from '../../seed/content';
import { db, request, seedSampleNewsroom } from './support';

const hidden = sample.filter((a) => a.status !== 'published');

beforeAll(async () => {
  await seedSampleNewsroom();
});

async function search(query: string, extra = '') {
  const res = await request(`/search?q=${encodeURIComponent(query)}${extra}`);
  return { status: res.status, html: await res.text(), tags: (res.headers.get('cache-tag') ?? '').split(',') };
}
const resultSlugs = (html: string) => [...html.matchAll(/<h3><a href="\/articles\/([^"]+)"/g)].map((m) => m[1]!);

describe('reader input to FTS5', () => {
  it('quotes every word, cut where the tokenizer cuts, and drops what cannot match', () => {
    expect(toFtsQuery('night buses')).toBe('"night" "buses"');
    expect(toFtsQuery('say "hi"')).toBe('"say" "hi"');
    expect(toFtsQuery('NEAR( a AND * b')).toBe('"NEAR" "a" "AND" "b"');
    expect(toFtsQuery('Kyiv’s COVID-19 Łódź Київ')).toBe('"Kyiv" "s" "COVID" "19" "Łódź" "Київ"');
    // One term of many common words is many tokens, never one long phrase FTS5 would walk in full.
    expect(toFtsQuery('a-the-'.repeat(33))!.split(' ')).toHaveLength(12);
    expect(toFtsQuery('  * ( ) " ')).toBeNull();
    expect(toFtsQuery('')).toBeNull();
    expect(toFtsQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))!.split(' ')).toHaveLength(12);
    expect(toFtsQuery('x'.repeat(5000))!.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH + 2);
  });

  it('escapes snippet text and turns only the markers into balanced <mark>s', () => {
    expect(highlightSnippet('a\u0002b<i>\u0003 & "c"')).toBe('a<mark>b&lt;i&gt;</mark> &amp; &quot;c&quot;');
    expect(highlightSnippet('\u0003x\u0002y\u0002z')).toBe('x<mark>yz</mark>');
  });
});

describe('GET /search', () => {
  it('shows a search form for an empty query', async () => {
    for (const query of ['', '   ']) {
      const { status, html } = await search(query);
      expect(status).toBe(200);
      expect(html).toContain('<form class="search" action="/search" method="get" role="search">');
      expect(html).not.toContain('id="results"');
    }
  });

  it('finds public stories and highlights the words in title and snippet', async () => {
    const { status, html, tags } = await search('budget night');
    expect(status).toBe(200);
    expect(resultSlugs(html)).toContain('council-passes-budget-restoring-night-buses');
    expect(html).toMatch(/<mark>night<\/mark>/i);
    expect(html).toContain('<p class="snippet">');
    expect(tags).toContain('search');
    expect(html).toContain('<meta name="robots" content="noindex"/>');
  });

  it('matches Polish words with or without diacritics', async () => {
    const polish = sample.find((a) => a.language === 'pl' && a.status === 'published')!;
    for (const query of ['Przystań', 'przystan']) expect(resultSlugs((await search(query)).html)).toContain(polish.slug);
  });

  it.each(['"', 'NEAR(', 'NEAR(a b', '*', 'AND', 'OR NOT', 'a OR', '(', ')', '^budget', 'title:budget', '-budget', 'budget*', '\u0000', '💥🔥', 'ąę', 'x'.repeat(10_000), '" OR 1=1 --'])(
    'never fails on %j',
    async (query) => {
      const { status, html } = await search(query);
      expect(status).toBe(200);
      expect(html).toContain('<h1>Search</h1>');
    },
  );

  it('never fails on arbitrary input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 60 }), async (query) => {
        const { status } = await search(query);
        expect(status).toBe(200);
      }),
      { numRuns: 40 },
    );
  });

  it('escapes article text in results: only our <mark> becomes markup', async () => {
    const [section] = await db().select().from(sections).limit(1);
    await db().insert(articles).values({
      slug: 'markup-in-a-title',
      title: 'Zebrafish <script>alert(1)</script> & <mark>tricks</mark>',
      dek: '',
      bodyText: 'The zebrafish study used <img src=x onerror=alert(1)> tags \u0002 and markers \u0003 in its text.',
      status: 'published',
      publishedAt: new Date(),
      updatedAt: new Date(),
      sectionId: section!.id,
      shortCode: 'Zz9Zz9Zz',
    });
    const { html } = await search('zebrafish');
    expect(resultSlugs(html)).toEqual(['markup-in-a-title']);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;mark&gt;tricks&lt;/mark&gt;');
    expect(html).toMatch(/<mark>Zebrafish<\/mark>/);
    const snippet = /<p class="snippet">(.*?)<\/p>/s.exec(html)![1]!;
    expect(snippet.match(/<mark>/g)?.length).toBe(snippet.match(/<\/mark>/g)?.length);
    expect(snippet).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('pages through many results with a keyset cursor, without repeats', async () => {
    const first = await search('harborview');
    const next = /<a href="([^"]+)" rel="next">/.exec(first.html)?.[1]?.replace(/&amp;/g, '&');
    expect(next).toMatch(/^\/search\?q=harborview&cursor=/);
    const second = await request(next!);
    expect(second.status).toBe(200);
    const slugs = [...resultSlugs(first.html), ...resultSlugs(await second.text())];
    expect(slugs.length).toBeGreaterThan(12);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect((await search('harborview', '&cursor=broken!')).status).toBe(400);
  });

  it('never shows drafts, scheduled or trashed stories, even if the index had them', async () => {
    // Simulate a search index out of step with the articles table: isPublic() still filters.
    for (const story of hidden) {
      const [row] = await db().select().from(articles).where(eq(articles.slug, story.slug));
      await env.DB.prepare('INSERT INTO articles_fts(rowid, title, dek, body_text) VALUES (?, ?, ?, ?)')
        .bind(row!.id, `${row!.title} quokka`, row!.dek, row!.bodyText)
        .run();
    }
    const { html } = await search('quokka');
    expect(resultSlugs(html)).toEqual([]);
    for (const story of hidden) expect(html).not.toContain(story.slug);
  });
});
