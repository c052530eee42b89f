/**
 * The story editor's form, both ways: a story as the strings its fields show, and what a
 * person typed as the editor API's own input (createArticleSchema / updateArticleSchema),
 * so validation and its messages are the API's. Only the form's conveniences live here:
 * tags by name or slug, sources as "Name https://..." lines, related stories by slug or id.
 */
import { and, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, tags } from '../db/schema';
import { slugify } from '../model/slug';
import type { ArticleState } from '../publishing';
import { fieldDetails } from '../routes/editor/request-body';
import { createArticleSchema, updateArticleSchema, type CreateArticleInput, type UpdateArticleInput } from '../schemas/article';

/** The form's field names (docs/newsroom.md "Writing and publishing"), in page order. */
export const STORY_FIELDS = ['title', 'dek', 'body', 'section', 'tags', 'author', 'language', 'sources', 'related'] as const;
export type StoryField = (typeof STORY_FIELDS)[number];
export type StoryFormValues = Record<StoryField, string>;
export type FieldErrors = Partial<Record<StoryField | 'scheduleAt' | 'form', string[]>>;

/** The byline select's value for "no byline". */
export const NO_AUTHOR = 'none';

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

/** A story as its form shows it. */
export function storyFormValues(state: ArticleState): StoryFormValues {
  return {
    title: state.title,
    dek: state.dek,
    body: state.bodySource,
    section: state.sectionSlug,
    tags: state.tags.map((t) => t.slug).join(', '),
    author: state.authorSlug ?? NO_AUTHOR,
    language: state.language,
    sources: state.sources.map((s) => (s.name === hostOf(s.url) ? s.url : `${s.name} ${s.url}`)).join('\n'),
    related: state.relatedIds.join('\n'),
  };
}

/** The form's strings from a parsed urlencoded body (missing fields are empty). */
export function readStoryForm(body: Record<string, unknown>): StoryFormValues {
  // Browsers send a textarea's line breaks as CRLF; the story keeps plain LF.
  const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string).replace(/\r\n?/g, '\n') : '');
  return Object.fromEntries(STORY_FIELDS.map((f) => [f, text(f)])) as StoryFormValues;
}

const lines = (value: string) => value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const MAX_LIST_ITEMS = 31; // one past the API's largest list limit (30), so its own error speaks

/** "Financial Times https://ft.com/x" -> { name, url }; a bare URL is named by its host. */
function parseSource(line: string) {
  const at = line.search(/\S+$/);
  const url = line.slice(at);
  const name = line.slice(0, at).trim() || hostOf(url);
  return { name, url };
}

/** Tag entries (names or slugs, any case) -> slugs; unknown ones stay as typed, for the API to name. */
async function tagSlugs(db: Db, value: string): Promise<string[]> {
  const entries = [...new Set(value.split(',').map((t) => t.trim()).filter(Boolean))].slice(0, MAX_LIST_ITEMS);
  if (!entries.length) return [];
  const slugged = entries.map((e) => slugify(e));
  const rows = await db.select({ slug: tags.slug, name: tags.name }).from(tags)
    .where(or(inArray(tags.slug, [...new Set([...entries, ...slugged])]), inArray(sql`lower(${tags.name})`, entries.map((e) => e.toLowerCase()))));
  const bySlug = new Set(rows.map((r) => r.slug));
  const byName = new Map(rows.map((r) => [r.name.toLowerCase(), r.slug]));
  return [...new Set(entries.map((e, i) => (bySlug.has(e) ? e : byName.get(e.toLowerCase()) ?? (bySlug.has(slugged[i]!) ? slugged[i]! : e))))];
}

/** Related entries (ids, or slugs of stories that went out) -> ids; unknown slugs are field errors. */
async function relatedIds(db: Db, value: string, errors: FieldErrors): Promise<number[]> {
  const entries = [...new Set(lines(value))].slice(0, MAX_LIST_ITEMS);
  const slugs = entries.filter((e) => !/^\d+$/.test(e));
  const rows = slugs.length
    ? await db.select({ id: articles.id, slug: articles.slug }).from(articles).where(and(inArray(articles.slug, slugs), inArray(articles.status, ['published', 'scheduled']), isNull(articles.deletedAt)))
    : [];
  const idBySlug = new Map(rows.map((r) => [r.slug, r.id]));
  const missing = slugs.filter((s) => !idBySlug.has(s));
  if (missing.length) errors.related = missing.map((s) => `no published or scheduled story with the slug "${s}"`);
  return [...new Set(entries.flatMap((e) => (/^\d+$/.test(e) ? [Number(e)] : idBySlug.has(e) ? [idBySlug.get(e)!] : [])))];
}

/** The first segment of an API field path is the form's field: "sources.0.url" -> "sources". */
function formErrors(fields: Record<string, string[]>, into: FieldErrors = {}): FieldErrors {
  for (const [path, messages] of Object.entries(fields)) {
    const head = path.split('.')[0] ?? '';
    const field = head === 'at' ? 'scheduleAt' : (STORY_FIELDS as readonly string[]).includes(head) ? (head as StoryField) : 'form';
    (into[field] ??= []).push(...messages.map((m) => (field === 'form' && path ? `${path}: ${m}` : m)));
  }
  return into;
}

export const toFieldErrors = (fields: Record<string, string[]> | undefined) => formErrors(fields ?? {});

type Parsed<T> = { ok: true; input: T } | { ok: false; errors: FieldErrors };

/** Everything the form sends, as the API's raw JSON (before its schema). */
async function rawInput(db: Db, form: StoryFormValues, errors: FieldErrors) {
  return {
    title: form.title,
    dek: form.dek,
    body: form.body,
    section: form.section,
    tags: await tagSlugs(db, form.tags),
    author: form.author === NO_AUTHOR || form.author === '' ? null : form.author,
    language: form.language,
    sources: lines(form.sources).slice(0, MAX_LIST_ITEMS).map(parseSource),
    related: await relatedIds(db, form.related, errors),
  };
}

export async function parseNewStory(db: Db, form: StoryFormValues): Promise<Parsed<CreateArticleInput>> {
  const errors: FieldErrors = {};
  const result = createArticleSchema.safeParse(await rawInput(db, form, errors));
  if (!result.success) formErrors(fieldDetails(result.error).fields, errors);
  return Object.keys(errors).length || !result.success ? { ok: false, errors } : { ok: true, input: result.data };
}

/**
 * A change to `current`: every field the form carries, except a byline left as it was
 * (contributors may not set anyone else's, but may edit a draft an editor credited).
 */
export async function parseStoryChange(db: Db, form: StoryFormValues, current: ArticleState): Promise<Parsed<UpdateArticleInput>> {
  const errors: FieldErrors = {};
  const { author, ...rest } = await rawInput(db, form, errors);
  const result = updateArticleSchema.safeParse(author === current.authorSlug ? rest : { ...rest, author });
  if (!result.success) formErrors(fieldDetails(result.error).fields, errors);
  return Object.keys(errors).length || !result.success ? { ok: false, errors } : { ok: true, input: result.data };
}

/** Fields whose form values differ between two versions of a story. */
export const changedFields = (a: StoryFormValues, b: StoryFormValues): StoryField[] => STORY_FIELDS.filter((f) => a[f] !== b[f]);
