/** Articles for the share, short-link and oEmbed tests, inserted straight into D1. */
import { eq } from 'drizzle-orm';
import { articles, sections, type NewArticle } from '../../src/db/schema';
import { generateShortCode } from '../../src/model/tokens';
import { db } from './support';

/** A headline with every character that breaks naive URL building. */
export const TRICKY_TITLE = `Zażółć gęślą jaźń: "Q&A" #1 — 50% 'off' + more?`;

/** Inserts an article into the first section (seed first) and returns its row. */
export async function insertArticle(values: Partial<NewArticle> & { slug: string }) {
  const [section] = await db().select({ id: sections.id }).from(sections).limit(1);
  const now = new Date();
  const [row] = await db()
    .insert(articles)
    .values({
      title: `Title of ${values.slug}`,
      status: 'published',
      publishedAt: now,
      updatedAt: now,
      sectionId: section!.id,
      shortCode: generateShortCode(),
      ...values,
    })
    .returning();
  return row!;
}

export async function articleBySlug(slug: string) {
  const [row] = await db().select().from(articles).where(eq(articles.slug, slug));
  return row!;
}

/** A desktop Chrome User-Agent: a person, as far as the share counters can tell. */
export const BROWSER_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

export const asPerson = (extra: Record<string, string> = {}) => ({ headers: { 'user-agent': BROWSER_UA, ...extra } });
