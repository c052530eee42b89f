/** Writes and editor reads of authors, sections and tags. */
import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { errorMessages } from '../platform/failures';
import { apiTokens, articleTags, articles, authors, sections, tags } from '../db/schema';

export const listAuthors = (db: Db) =>
  db.select({ id: authors.id, slug: authors.slug, name: authors.name, bio: authors.bio, avatarUrl: authors.avatarUrl }).from(authors).orderBy(asc(authors.name));
export const listSections = (db: Db) =>
  db.select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description, position: sections.position }).from(sections).orderBy(asc(sections.position), asc(sections.name));
export const listTags = (db: Db) => db.select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).orderBy(asc(tags.name));

/** How many articles (any status) and tokens use each kind of taxonomy: deleting a used one is refused. */
export async function authorUsage(db: Db, id: number) {
  const [[a], [t]] = await db.batch([
    db.select({ n: count() }).from(articles).where(eq(articles.authorId, id)),
    db.select({ n: count() }).from(apiTokens).where(eq(apiTokens.authorId, id)),
  ]);
  return (a?.n ?? 0) + (t?.n ?? 0);
}
export async function sectionUsage(db: Db, id: number) {
  const [row] = await db.select({ n: count() }).from(articles).where(eq(articles.sectionId, id));
  return row?.n ?? 0;
}
export async function tagUsage(db: Db, id: number) {
  const [row] = await db.select({ n: count() }).from(articleTags).where(eq(articleTags.tagId, id));
  return row?.n ?? 0;
}

/** Whether a D1 error is a UNIQUE constraint violation, optionally of one `table.column`. */
export const isUniqueViolation = (error: unknown, column = '') =>
  errorMessages(error).includes(`UNIQUE constraint failed${column ? `: ${column}` : ''}`);
