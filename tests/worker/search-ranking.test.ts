/**
 * What a reader gets from a search (queries/search.ts): of the SEARCH_WINDOW newest matches,
 * the ones with every word in the headline or summary, then the newest, SEARCH_CANDIDATES in
 * all, listed newest first across pages.
 * The archive below has a common word in more stories than the window, old stories with a
 * rare word, Polish and Ukrainian headlines, and hidden stories that must never show.
 */
import { env } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { articles, sections } from '../../src/db/schema';
import { SEARCH_CANDIDATES, SEARCH_WINDOW, toFtsQuery } from '../../src/queries/search';
import { db, request } from './support';

// Stories 1..MATCHES say "zeppelin" and, further on, "hangar" (story 1 the oldest); the
// window holds the newest SEARCH_WINDOW of them, so stories 1..100 are older than it.
const MATCHES = SEARCH_WINDOW + 100;
const OUTSIDE = 1; // a headline match older than the window
const HEADLINE = [101, 102]; // "Zeppelin" in the headline: the oldest stories inside the window
const SUMMARY = 103; // "zeppelin" in the summary only
const slugOf = (n: number) => `zeppelin-${n}`;
const HOUR = 3_600_000;

/** Newsroom stories written before the zeppelin ones (older than the whole window). */
const OLD_STORIES = [
  {
    slug: 'skerryvore-last-watch',
    title: 'Lighthouse keepers’ “last watch” at Skerryvore ends after 150 years of lamps, logs and storms',
    dek: 'The automated light goes live on Monday; the keepers hand over the logbooks.',
    bodyText: 'For 150 years the keepers of Skerryvore climbed 151 steps at dusk. “We kept the light,” said the last of them.',
  },
  {
    slug: 'nowa-przystan-budzet-nocne-autobusy',
    title: 'Nowa Przystań: rada miasta zatwierdza budżet na nocne autobusy i remont nabrzeża 🚌',
    dek: 'Radni przegłosowali plan po siedmiogodzinnej debacie.',
    bodyText: 'Rada Nowej Przystani przyjęła budżet, który przywraca nocne linie autobusowe. Żeglarze chwalą remont nabrzeża.',
  },
  {
    slug: 'kyiv-tram-night-service',
    title: 'Київ повертає нічні трамваї: перші рейси вже цього тижня',
    dek: 'Міська рада погодила графік на зиму.',
    bodyText: 'Нічні трамваї курсуватимуть у Києві щопівгодини. «Це безпечніше за таксі», — кажуть пасажири.',
  },
];

/** Stories no reader may find, whatever they contain. */
const HIDDEN = [
  { slug: 'draft-zeppelin-skerryvore', status: 'draft' as const, deletedAt: null },
  { slug: 'unpublished-zeppelin-skerryvore', status: 'unpublished' as const, deletedAt: null },
  { slug: 'trashed-zeppelin-skerryvore', status: 'published' as const, deletedAt: new Date() },
];

interface Item {
  slug: string;
  publishedAt: string;
  snippetHtml: string;
}

async function searchAll(query: string) {
  const items: Item[] = [];
  let cursor: string | null = null;
  do {
    const res = await request(`/api/v1/search?q=${encodeURIComponent(query)}&limit=50${cursor ? `&cursor=${cursor}` : ''}`);
    expect(res.status).toBe(200);
    const page: { items: Item[]; nextCursor: string | null } = await res.json();
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  const dates = items.map((item) => Date.parse(item.publishedAt));
  expect(dates, 'newest first').toEqual([...dates].sort((a, b) => b - a));
  return { slugs: items.map((item) => item.slug), items };
}

beforeAll(async () => {
  const start = Date.now() - 30 * 24 * HOUR;
  const [section] = await db().insert(sections).values({ slug: 'city', name: 'City' }).returning();
  const base = { status: 'published' as const, sectionId: section!.id, updatedAt: new Date(start) };
  await db()
    .insert(articles)
    .values(OLD_STORIES.map((story, i) => ({ ...base, ...story, publishedAt: new Date(start + i * 60_000), shortCode: `Old${i}xyz` })));
  const inList = (list: number[]) => `n in (${list.join(', ')})`;
  await env.DB.prepare(
    `with recursive seq(n) as (select 1 union all select n + 1 from seq where n < ?1)
     insert into articles (slug, title, dek, body_text, status, published_at, updated_at, section_id, short_code)
     select 'zeppelin-' || n,
            iif(${inList([OUTSIDE, ...HEADLINE])}, 'Zeppelin airship returns to the harbour ' || n, 'Harbour day ' || n),
            iif(n = ${SUMMARY}, 'A zeppelin over the bay.', 'A day at the harbour.'),
            'A long account of a day at the harbour, the market, the ferry and a zeppelin, with many other words besides, near the old hangar.',
            'published', ?2 + n * 60000, ?2, ?3, 'zp' || n
     from seq`,
  )
    .bind(MATCHES, start + HOUR, section!.id)
    .run();
  await db()
    .insert(articles)
    .values(
      HIDDEN.map((story, i) => ({
        ...base,
        ...story,
        title: 'Zeppelin over Skerryvore',
        bodyText: 'zeppelin skerryvore przystań київ',
        publishedAt: new Date(),
        shortCode: `Hid${i}xyz`,
      })),
    );
}, 30_000);

describe('reader input', () => {
  it('runs in both search indexes whatever it is', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 80 }), async (input) => {
        const query = toFtsQuery(input);
        if (!query) return;
        const statements = ['articles_fts', 'articles_headline_fts'].map((index) => env.DB.prepare(`select count(*) as n from ${index} where ${index} match ?`).bind(query));
        const results = await env.DB.batch<{ n: number }>(statements);
        for (const result of results) expect(result.results[0]!.n).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a common word, in more stories than the window', () => {
  it('lists the headline and summary matches of the window, then the newest, SEARCH_CANDIDATES in all', async () => {
    const { slugs } = await searchAll('zeppelin');
    expect(slugs).toHaveLength(SEARCH_CANDIDATES);
    expect(new Set(slugs).size).toBe(SEARCH_CANDIDATES);
    // The oldest stories of the window, listed because the word is in their headline or summary...
    for (const n of [...HEADLINE, SUMMARY]) expect(slugs).toContain(slugOf(n));
    // ...the rest are the newest mentions, and the oldest of all is older than the window.
    expect(slugs.slice(0, 10)).toEqual(Array.from({ length: 10 }, (_, i) => slugOf(MATCHES - i)));
    expect(slugs.slice(-3)).toEqual([SUMMARY, ...[...HEADLINE].reverse()].map(slugOf));
    expect(slugs).not.toContain(slugOf(OUTSIDE));
  });

  it('lists the newest when no headline has every word', async () => {
    const { slugs } = await searchAll('zeppelin hangar');
    expect(slugs).toEqual(Array.from({ length: SEARCH_CANDIDATES }, (_, i) => slugOf(MATCHES - i)));
  });

  it('finds a story older than the window when more words narrow the search', async () => {
    expect((await searchAll('zeppelin airship')).slugs.sort()).toEqual([OUTSIDE, ...HEADLINE].map(slugOf).sort());
  });
});

describe('what a newsroom reader types', () => {
  it('finds a rare word in every story that has it, however old', async () => {
    const { slugs, items } = await searchAll('Skerryvore');
    expect(slugs).toEqual(['skerryvore-last-watch']);
    expect(items[0]!.snippetHtml).toContain('<mark>Skerryvore</mark>');
  });

  it('matches Polish and Ukrainian words in any case, with or without diacritics', async () => {
    for (const query of ['Przystań', 'PRZYSTAN', 'budżet nabrzeża', 'budzet nabrzeza']) {
      expect((await searchAll(query)).slugs, query).toEqual(['nowa-przystan-budzet-nocne-autobusy']);
    }
    for (const query of ['Київ', 'київ', 'нічні трамваї']) expect((await searchAll(query)).slugs, query).toEqual(['kyiv-tram-night-service']);
    const { items } = await searchAll('tramwaje нічні');
    expect(items).toEqual([]);
  });

  it('treats FTS5 syntax as words', async () => {
    for (const query of ['zeppelin OR skerryvore', 'title: skerryvore', '{title dek}: skerryvore', 'zeppelin NOT hangar', 'skerryvo*', '"lamps logs" NEAR(storms)']) {
      expect((await searchAll(query)).slugs, query).toEqual([]);
    }
    expect((await searchAll('“last watch” Skerryvore')).slugs).toEqual(['skerryvore-last-watch']);
  });

  it('never lists drafts, unpublished or trashed stories', async () => {
    for (const query of ['zeppelin', 'skerryvore', 'przystań', 'київ']) {
      const { slugs } = await searchAll(query);
      for (const hidden of HIDDEN) expect(slugs, query).not.toContain(hidden.slug);
    }
  });
});

describe('the headline index (migrations/0019_search_headlines.sql)', () => {
  const inHeadlines = async (word: string) =>
    (await env.DB.prepare('select rowid as id from articles_headline_fts where articles_headline_fts match ?').bind(`"${word}"`).all<{ id: number }>()).results.map(
      (row) => row.id,
    );
  const update = (id: number, set: string) => env.DB.prepare(`update articles set ${set} where id = ?`).bind(id).run();

  it('holds exactly the public stories, following every write', async () => {
    const [section] = await db().select().from(sections).limit(1);
    const [story] = await db()
      .insert(articles)
      .values({ slug: 'quagga-draft', title: 'Quagga foal born at the city zoo', dek: 'Keepers name her Stripe.', status: 'draft', sectionId: section!.id, updatedAt: new Date(), shortCode: 'Qgg1xyz' })
      .returning();
    const id = story!.id;
    expect(await inHeadlines('quagga')).toEqual([]);
    await update(id, `status = 'published', published_at = ${Date.now()}`);
    expect(await inHeadlines('quagga')).toEqual([id]);
    expect(await inHeadlines('stripe')).toEqual([id]);
    await update(id, `title = 'Okapi calf born at the city zoo', dek = 'Keepers name him Ossicone.'`);
    expect(await inHeadlines('quagga')).toEqual([]);
    expect(await inHeadlines('okapi')).toEqual([id]);
    expect(await inHeadlines('ossicone')).toEqual([id]);
    await update(id, 'deleted_at = 1');
    expect(await inHeadlines('okapi')).toEqual([]);
    await update(id, 'deleted_at = null');
    expect(await inHeadlines('okapi')).toEqual([id]);
    await update(id, `status = 'unpublished'`);
    expect(await inHeadlines('okapi')).toEqual([]);
    await update(id, `status = 'published'`);
    await env.DB.prepare('delete from articles where id = ?').bind(id).run();
    expect(await inHeadlines('okapi')).toEqual([]);
  });

  it('matches the public rows of articles_fts', async () => {
    const counts = await env.DB.batch<{ n: number }>([
      env.DB.prepare('select count(*) as n from articles_headline_fts'),
      env.DB.prepare('select count(*) as n from articles_fts'),
      env.DB.prepare(`select count(*) as n from articles where status = 'published' and deleted_at is null`),
    ]);
    const [headlines, bodies, published] = counts.map((c) => c.results[0]!.n);
    expect(headlines).toBe(published);
    expect(bodies).toBe(published);
  });
});

