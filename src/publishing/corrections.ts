/**
 * Notes on published stories (corrections, clarifications, update notes), through the same
 * path as every other change (docs/corrections.md): one D1 batch writes the note, the
 * article's significant-change time, the audit entry, the webhook event and the purge
 * outbox row; then the purge runs and its receipt goes back to the editor.
 *
 * A note does not bump the article's revision: an editor holding the story's ETag can still
 * save it. It does move `updated_at` (the row's technical last change, Last-Modified).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { Marked } from 'marked';
import type { Db } from '../db/client';
import { articles, corrections, type Correction, type CorrectionKind } from '../db/schema';
import { purgeOutboxInsert, type PurgeReceipt } from '../edge-cache/outbox';
import { htmlToText, sanitizeHtml } from '../content/body';
import { BodyRenderError } from '../content/limits';
import { loadArticleState } from '../queries/editor-articles';
import { CORRECTIONS_CACHE_TAG } from '../queries/corrections';
import { webhookEventStatement } from '../webhooks/events';
import { isPublicState, purgeTagsForChange, type ArticleState } from './article-state';
import { purgeAfterWrite, purgeReceiptOf, type PublishingDeps } from './deps';
import { invalidFields, PublishingError } from './errors';
import { auditEntry, type Actor } from './write-change';

/** What a note may keep of Markdown: emphasis, bold, code, strikethrough and links. */
const NOTE_TAGS = /<\/?(?!(?:a|em|strong|code|del)[\s>/])[a-z][^>]*>/gi;

let inlineParser: Marked | undefined;
const inline = () => (inlineParser ??= new Marked({ gfm: true, breaks: false, async: false }));

/**
 * Renders a note: plain text or inline Markdown, one paragraph. HTML the editor typed stays
 * text (escaped first), an image stays its Markdown text, and the sanitizer has the last
 * word on links. Throws PublishingError on `text` when nothing readable is left.
 */
export function renderNoteText(source: string): { html: string; plain: string } {
  const oneParagraph = source.trim().replace(/\s*[\r\n]+\s*/g, ' ');
  const escaped = oneParagraph.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/!\[/g, '!\\[');
  let html: string;
  try {
    html = sanitizeHtml(inline().parseInline(escaped) as string).replace(NOTE_TAGS, '');
  } catch (error) {
    if (error instanceof BodyRenderError || error instanceof RangeError) throw invalidFields({ text: ['cannot be rendered; use plain text'] });
    throw error;
  }
  const plain = htmlToText(html);
  if (!plain) throw invalidFields({ text: ['must contain some text'] });
  return { html, plain };
}

export interface NoteInput { kind: CorrectionKind; text: string }

/** A note as written, and the purge its write caused (null when readers saw nothing change). */
export interface NoteChange { note: Correction; purge: PurgeReceipt | null }

async function loadArticle(db: Db, articleId: number): Promise<ArticleState> {
  const article = await loadArticleState(db, articleId);
  if (!article) throw new PublishingError('not_found', `Article ${articleId} not found`);
  return article;
}

async function loadNote(db: Db, articleId: number, noteId: number): Promise<Correction> {
  const [note] = await db.select().from(corrections).where(and(eq(corrections.id, noteId), eq(corrections.articleId, articleId)));
  if (!note) throw new PublishingError('not_found', `Article ${articleId} has no note ${noteId}`);
  return note;
}

/**
 * Runs `statements` in one batch with the purge outbox row last (when the story is public),
 * then the purge. The first statement's returned row is the note.
 */
async function writeNote(db: Db, deps: PublishingDeps, article: ArticleState, reason: string, statements: BatchItem<'sqlite'>[]) {
  const tags = isPublicState(article) ? [...purgeTagsForChange(article, article), CORRECTIONS_CACHE_TAG] : [];
  const batch = [...statements, ...(tags.length ? [purgeOutboxInsert(db, tags, `article ${article.id} ${reason}`)] : [])];
  const results = await db.batch(batch as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  // The receipt is remembered against a state object: a fresh one for this write.
  const written = { ...article };
  await purgeAfterWrite(deps, written, tags, tags.length ? (results.at(-1) as { id: number }[])[0]!.id : null);
  return { rows: results[0] as Correction[], purge: purgeReceiptOf(written) };
}

/** Adds a note to a published story: a significant change ("Updated", dateModified, feeds). */
export async function addNote(db: Db, deps: PublishingDeps, actor: Actor, articleId: number, input: NoteInput): Promise<NoteChange> {
  const article = await loadArticle(db, articleId);
  if (!isPublicState(article)) throw new PublishingError('invalid_state', 'Notes go on published stories; this one is not public');
  const { html, plain } = renderNoteText(input.text);
  const now = deps.now();
  const at = new Date(now);
  const row = { articleId, kind: input.kind, textSource: input.text.trim(), textHtml: html, textPlain: plain, publishedAt: at, updatedAt: at, tokenId: actor.tokenId };
  const newId = sql`(select max(${corrections.id}) from ${corrections} where ${corrections.articleId} = ${articleId})`;
  const { rows, purge } = await writeNote(db, deps, article, 'correction-add', [
    db.insert(corrections).values(row).returning(),
    db.update(articles).set({ significantUpdatedAt: now, updatedAt: at }).where(eq(articles.id, articleId)),
    auditEntry(db, actor, 'correction-add', articleId, sql`json_object('correctionId', ${newId}, 'kind', ${input.kind}, 'text', ${row.textSource})`),
    webhookEventStatement(db, 'article.corrected', articleId, { correction: { kind: input.kind, text: plain, html, publishedAt: at.toISOString() } }),
  ]);
  deps.afterEvents?.();
  return { note: rows[0]!, purge };
}

/**
 * Fixes a note's typo (or its kind). Not a significant change: the note keeps its date,
 * and the story's "Updated" time stays. The audit entry keeps the text before and after.
 */
export async function editNote(db: Db, deps: PublishingDeps, actor: Actor, articleId: number, noteId: number, input: Partial<NoteInput>): Promise<NoteChange> {
  const article = await loadArticle(db, articleId);
  const before = await loadNote(db, articleId, noteId);
  const text = input.text ?? before.textSource;
  const { html, plain } = renderNoteText(text);
  const at = new Date(deps.now());
  const kind = input.kind ?? before.kind;
  const { rows, purge } = await writeNote(db, deps, article, 'correction-edit', [
    db.update(corrections).set({ kind, textSource: text.trim(), textHtml: html, textPlain: plain, updatedAt: at }).where(eq(corrections.id, noteId)).returning(),
    db.update(articles).set({ updatedAt: at }).where(eq(articles.id, articleId)),
    auditEntry(db, actor, 'correction-edit', articleId, { correctionId: noteId, before: { kind: before.kind, text: before.textSource }, after: { kind, text: text.trim() } }),
  ]);
  return { note: rows[0]!, purge };
}

/**
 * Removes a note. Rare and deliberate (admins only, in the route): the audit entry keeps the
 * whole note, its dates and who wrote it, so the record of what readers were told survives.
 */
export async function removeNote(db: Db, deps: PublishingDeps, actor: Actor, articleId: number, noteId: number): Promise<NoteChange> {
  const article = await loadArticle(db, articleId);
  const note = await loadNote(db, articleId, noteId);
  const at = new Date(deps.now());
  const { purge } = await writeNote(db, deps, article, 'correction-remove', [
    db.delete(corrections).where(eq(corrections.id, noteId)).returning(),
    db.update(articles).set({ updatedAt: at }).where(eq(articles.id, articleId)),
    auditEntry(db, actor, 'correction-remove', articleId, {
      correctionId: noteId, kind: note.kind, text: note.textSource, publishedAt: note.publishedAt.toISOString(), tokenId: note.tokenId,
    }),
  ]);
  return { note, purge };
}
