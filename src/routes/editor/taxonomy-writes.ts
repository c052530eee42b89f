/**
 * The writes of authors, sections and tags, shared by the editor API (sections.ts, tags.ts,
 * authors.ts) and the newsroom's screens (src/newsroom/taxonomy*.tsx): slug defaults, 409s
 * for a taken slug or an item in use, 404s, and the cache purges that go with each write.
 */
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { authors, sections, tags } from '../../db/schema';
import type { Bindings } from '../../env';
import { HttpError } from '../../http/errors';
import { cacheTag } from '../../edge-cache/tags';
import { slugify } from '../../model/slug';
import type { BatchItem } from 'drizzle-orm/batch';
import { purgeOutboxInsert, runOutboxPurge } from '../../edge-cache/outbox';
import { authorUsage, isUniqueViolation, sectionUsage, tagUsage } from '../../queries/editor-taxonomy';
import type { createAuthorSchema, createSectionSchema, createTagSchema, updateAuthorSchema, updateSectionSchema, updateTagSchema } from '../../schemas/taxonomy';

/** What a write needs from the request: the database, the bindings and waitUntil (for purges). */
export interface WriteScope {
  db: Db;
  env: Bindings;
  waitUntil: (p: Promise<unknown>) => void;
}

/** From an editor API or newsroom handler's context. */
export const writeScope = (c: { env: Bindings; var: { db: Db }; executionCtx: { waitUntil(p: Promise<unknown>): void } }): WriteScope => ({
  db: c.var.db,
  env: c.env,
  waitUntil: (p) => c.executionCtx.waitUntil(p),
});

export const slugFor = (input: { slug?: string; name: string }) => input.slug ?? slugify(input.name);

/** Runs a write; a taken slug becomes 409 instead of a 500. */
export async function uniqueSlugWrite<T>(work: Promise<T>, slug: string | undefined): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw new HttpError(409, 'slug_taken', `The slug "${slug}" is already in use`, { fields: { slug: ['already in use'] } });
    throw error;
  }
}

export const notFoundBySlug = (what: string, slug: string) => new HttpError(404, 'not_found', `No ${what} "${slug}"`);
export const inUse = (what: string, n: number) =>
  new HttpError(409, 'in_use', `This ${what} is used by ${n} article(s) or token(s); move them first`);

/**
 * Runs a taxonomy write and its purge-outbox row in one batch, then the purge: every page
 * shows the section navigation and names (`taxonomy`), plus the item's own pages. Tags and
 * authors nobody public uses are invisible to readers, so creating or deleting one (only
 * possible while unused) needs no purge at all; a rename does.
 */
export async function writeWithPurge<T>(w: WriteScope, statement: BatchItem<'sqlite'> & PromiseLike<T>, itemTags: string[], reason: string): Promise<T> {
  const tags = [cacheTag.taxonomy(), ...itemTags];
  const [result, outbox] = (await w.db.batch([statement, purgeOutboxInsert(w.db, tags, reason)])) as [T, { id: number }[]];
  await runOutboxPurge(w.env, w.waitUntil, outbox[0]!.id, tags);
  return result;
}

const sectionColumns = { id: sections.id, slug: sections.slug, name: sections.name, description: sections.description, position: sections.position };
const tagColumns = { id: tags.id, slug: tags.slug, name: tags.name };
const authorColumns = { id: authors.id, slug: authors.slug, name: authors.name, bio: authors.bio, avatarUrl: authors.avatarUrl };

export async function createSection(w: WriteScope, input: z.output<typeof createSectionSchema>) {
  const slug = slugFor(input);
  const [row] = await uniqueSlugWrite(writeWithPurge(w, w.db.insert(sections).values({ ...input, slug }).returning(sectionColumns), [cacheTag.section(slug)], `section ${slug} created`), slug);
  return row!;
}

export async function updateSection(w: WriteScope, slug: string, input: z.output<typeof updateSectionSchema>) {
  const statement = w.db.update(sections).set(input).where(eq(sections.slug, slug)).returning(sectionColumns);
  const [row] = await uniqueSlugWrite(writeWithPurge(w, statement, [cacheTag.section(slug), cacheTag.section(input.slug ?? slug)], `section ${slug} changed`), input.slug);
  if (!row) throw notFoundBySlug('section', slug);
  return row;
}

export async function deleteSection(w: WriteScope, slug: string) {
  const [found] = await w.db.select({ id: sections.id }).from(sections).where(eq(sections.slug, slug));
  if (!found) throw notFoundBySlug('section', slug);
  const used = await sectionUsage(w.db, found.id);
  if (used > 0) throw inUse('section', used);
  await writeWithPurge(w, w.db.delete(sections).where(eq(sections.id, found.id)), [cacheTag.section(slug)], `section ${slug} deleted`);
}

export async function createTag(w: WriteScope, input: z.output<typeof createTagSchema>) {
  const slug = slugFor(input);
  const [row] = await uniqueSlugWrite(w.db.insert(tags).values({ ...input, slug }).returning(tagColumns), slug);
  return row!;
}

export async function updateTag(w: WriteScope, slug: string, input: z.output<typeof updateTagSchema>) {
  const statement = w.db.update(tags).set(input).where(eq(tags.slug, slug)).returning(tagColumns);
  const [row] = await uniqueSlugWrite(writeWithPurge(w, statement, [cacheTag.tag(slug), cacheTag.tag(input.slug ?? slug)], `tag ${slug} changed`), input.slug);
  if (!row) throw notFoundBySlug('tag', slug);
  return row;
}

export async function deleteTag(w: WriteScope, slug: string) {
  const [found] = await w.db.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug));
  if (!found) throw notFoundBySlug('tag', slug);
  const used = await tagUsage(w.db, found.id);
  if (used > 0) throw inUse('tag', used);
  await w.db.delete(tags).where(eq(tags.id, found.id));
}

export async function createAuthor(w: WriteScope, input: z.output<typeof createAuthorSchema>) {
  const slug = slugFor(input);
  const [row] = await uniqueSlugWrite(w.db.insert(authors).values({ ...input, slug }).returning(authorColumns), slug);
  return row!;
}

export async function updateAuthor(w: WriteScope, slug: string, input: z.output<typeof updateAuthorSchema>) {
  const statement = w.db.update(authors).set(input).where(eq(authors.slug, slug)).returning(authorColumns);
  const [row] = await uniqueSlugWrite(writeWithPurge(w, statement, [cacheTag.author(slug), cacheTag.author(input.slug ?? slug)], `author ${slug} changed`), input.slug);
  if (!row) throw notFoundBySlug('author', slug);
  return row;
}

export async function deleteAuthor(w: WriteScope, slug: string) {
  const [found] = await w.db.select({ id: authors.id }).from(authors).where(eq(authors.slug, slug));
  if (!found) throw notFoundBySlug('author', slug);
  const used = await authorUsage(w.db, found.id);
  if (used > 0) throw inUse('author', used);
  await w.db.delete(authors).where(eq(authors.id, found.id));
}
