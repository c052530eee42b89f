/**
 * The renderer id contract (src/article-render/renderer.ts). Fragments outlive deploys, and a
 * fragment is only re-rendered when its renderer id changes: a deploy that changes the article
 * page's markup without bumping FRAGMENT_FORMAT would serve the old markup forever. So this
 * renders the pieces of fixed stories (a hero image, a table, an embed card, corrections,
 * previously reported stories, tags, sources, live entries, a 300-character Ukrainian
 * headline) with a fixed origin, settings and clock, hashes the bytes, and compares the hash
 * with the one pinned for the current FRAGMENT_FORMAT: like the CSP hash test, for markup.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderArticlePieces, withLiveEntries } from '../../src/article-render/pieces';
import { FRAGMENT_FORMAT, FRAGMENT_INLINE_ASSETS } from '../../src/article-render/renderer';
import { inlineScripts, inlineStyles } from '../../src/views/inline-assets';
import { articles, corrections, liveEntries } from '../../src/db/schema';
import { findPublicArticle } from '../../src/queries/articles';
import { liveEntryStatements, toLiveEntries } from '../../src/queries/live-entries';
import { seedDatabase } from '../../seed/seed-database';
import { FIXTURE, FIXTURE_BODIES, FIXTURE_NOW } from './article-fragments-fixtures';
import { db } from './support';

/**
 * The hash of the fixture pages' markup, and the FRAGMENT_FORMAT it was taken with. When this
 * test fails: bump FRAGMENT_FORMAT in src/article-render/renderer.ts (every stored fragment is
 * then re-rendered by the cron after the deploy) and pin the new hash and format here.
 */
const PINNED = { format: 1, hash: '3ad5a65d89d6061421f04a1986faa7c5289d591c1d6969ce625ec5ab443cf93f' };

const ORIGIN = 'https://news.example';
const SITE = { name: 'The Edge Courier', timeZone: 'Europe/Warsaw' };
const HOUR = 3_600_000;

beforeAll(async () => {
  await seedDatabase(db(), FIXTURE_NOW, FIXTURE);
  for (const [i, [slug, html]] of Object.entries(FIXTURE_BODIES).entries()) {
    // Bodies as stored HTML: the content renderer's changes reach new bodies, not stored fragments.
    await db().update(articles).set({ bodyHtml: html, shortCode: `fixture${i}` }).where(eq(articles.slug, slug));
  }
  const [corrected] = await db().select({ id: articles.id }).from(articles).where(eq(articles.slug, 'powodz-na-dolnym-slasku'));
  await db().insert(corrections).values([
    { articleId: corrected!.id, kind: 'correction', textSource: 'Ewakuowano **300** rodzin, nie 30.', textHtml: 'Ewakuowano <strong>300</strong> rodzin, nie 30.', textPlain: 'Ewakuowano 300 rodzin, nie 30.', publishedAt: new Date(FIXTURE_NOW - HOUR), updatedAt: new Date(FIXTURE_NOW - HOUR) },
    { articleId: corrected!.id, kind: 'update', textSource: 'Dodano dane z Nysy.', textHtml: 'Dodano dane z Nysy.', textPlain: 'Dodano dane z Nysy.', publishedAt: new Date(FIXTURE_NOW - HOUR / 2), updatedAt: new Date(FIXTURE_NOW - HOUR / 2) },
  ]);
  const [live] = await db().select({ id: articles.id }).from(articles).where(eq(articles.slug, 'dorohusk-live'));
  await db().update(articles).set({ live: true, coverageStartedAt: FIXTURE_NOW - 3 * HOUR }).where(eq(articles.id, live!.id));
  const entry = (minutes: number, text: string, flags: { pinned?: boolean; keyEvent?: boolean } = {}) => ({
    articleId: live!.id, bodySource: text, bodyHtml: `<p>${text}</p>`, bodyText: text, ...flags,
    createdAt: new Date(FIXTURE_NOW - minutes * 60_000), updatedAt: new Date(FIXTURE_NOW - minutes * 60_000),
  });
  await db().insert(liveEntries).values([
    entry(150, 'Kolejka ciężarówek ma już 12 km 🚛', { keyEvent: true }),
    entry(90, 'Premier: „Sytuacja jest pod kontrolą”', { pinned: true }),
    entry(30, 'Мер: «Рух відновлено» ⚡️'),
  ]);
});

async function fixtureMarkup(): Promise<string> {
  const parts: string[] = [];
  for (const { slug } of FIXTURE.articles) {
    const lookup = await findPublicArticle(db(), slug);
    if (lookup.kind !== 'found') throw new Error(`fixture ${slug}: ${lookup.kind}`);
    const stored = await renderArticlePieces(lookup.record, ORIGIN, SITE);
    const entries = toLiveEntries(await db().batch(liveEntryStatements(db(), slug)));
    const { head, article, meta } = await withLiveEntries(stored, entries, ORIGIN, SITE.timeZone);
    parts.push(head, article, JSON.stringify(meta));
  }
  return parts.join('\n');
}

const sha256 = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('the renderer id', () => {
  it('renders fixtures that show every part of an article page', async () => {
    const markup = await fixtureMarkup();
    for (const part of ['<table>', 'data-provider="youtube"', 'Ewakuowano <strong>300</strong>', 'rel="noopener', 'Powódź', 'live-entries', 'liveBlogUpdate', 'Кордон', '<figure>']) {
      expect(markup, part).toContain(part);
    }
    // The fixtures do not depend on the clock or on random ids.
    expect(await fixtureMarkup()).toBe(markup);
  });

  it('changes when the article page markup changes: FRAGMENT_FORMAT is bumped with the pinned hash', async () => {
    const hash = await sha256(await fixtureMarkup());
    const advice =
      `The article page markup changed (fixture hash ${hash}, pinned ${PINNED.hash} for FRAGMENT_FORMAT ${PINNED.format}). ` +
      `Stored fragments would keep the old markup after the deploy: bump FRAGMENT_FORMAT in src/article-render/renderer.ts ` +
      `to ${PINNED.format + 1} and pin { format: ${PINNED.format + 1}, hash: '${hash}' } in this test.`;
    expect(FRAGMENT_FORMAT, `FRAGMENT_FORMAT is ${FRAGMENT_FORMAT}: pin { format: ${FRAGMENT_FORMAT}, hash: '${hash}' } here`).toBe(PINNED.format);
    expect(hash, advice).toBe(PINNED.hash);
  });

  it('fingerprints exactly the inline assets stored fragments contain (a CSS-only deploy re-renders nothing)', async () => {
    const stored: string[] = [];
    for (const { slug } of FIXTURE.articles) {
      const lookup = await findPublicArticle(db(), slug);
      if (lookup.kind !== 'found') throw new Error(`fixture ${slug}: ${lookup.kind}`);
      const { head, article } = await renderArticlePieces(lookup.record, ORIGIN, SITE);
      stored.push(head, article);
    }
    const markup = stored.join('\n');
    const contained = [...inlineScripts, ...inlineStyles].filter((asset) => markup.includes(asset));
    expect(contained.length).toBeGreaterThan(0);
    expect([...FRAGMENT_INLINE_ASSETS].sort()).toEqual(contained.sort());
  });
});
