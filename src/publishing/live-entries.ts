/**
 * The publishing path of live entries (docs/live.md): post, edit and delete. Each write is
 * one D1 batch: the entry, an audit row, the webhook event (new entries), and, when readers
 * can see the story, its purge in the outbox; then the purge runs and its receipt is returned.
 * A new entry purges only `live:<id>`: the story page, its lite twin, its JSON and its live
 * JSON, never the listings the story appears on.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { Marked } from 'marked';
import { BodyRenderError, htmlToText, prescanBody, sanitizeHtml } from '../content/body';
import type { Db } from '../db/client';
import { liveEntries, type LiveEntry } from '../db/schema';
import { purgeOutboxInsert, type PurgeReceipt } from '../edge-cache/outbox';
import { liveCacheTag, toPublicEntry } from '../model/live-coverage';
import { isUniqueViolation } from '../queries/editor-taxonomy';
import { findLiveEntry } from '../queries/live-entries';
import { loadArticleState } from '../queries/editor-articles';
import type { CreateEntryInput, UpdateEntryInput } from '../schemas/live';
import { webhookEventStatement } from '../webhooks/events';
import { isPublicState, type ArticleState } from './article-state';
import type { Guard, PublishingDeps } from './deps';
import { invalidFields, PublishingError } from './errors';
import { auditEntry, type Actor } from './write-change';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let parser: Marked | undefined;
/**
 * Inline Markdown only (emphasis, code, strike, links, line breaks): raw HTML is shown as
 * the text it is, and an image becomes its alt text until entries get media of their own.
 */
const inlineMarkdown = () =>
  (parser ??= new Marked({
    gfm: true,
    breaks: true,
    async: false,
    renderer: { html: ({ text }) => escapeText(text), image: ({ text }) => escapeText(text) },
  }));

/** An entry's Markdown subset as sanitized HTML (paragraphs of inline Markdown, through the body sanitizer) and its plain text. */
export function renderEntryBody(source: string): { bodyHtml: string; bodyText: string } {
  try {
    prescanBody(source, 'markdown');
    const paragraphs = source.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const bodyHtml = sanitizeHtml(paragraphs.map((p) => `<p>${inlineMarkdown().parseInline(p) as string}</p>`).join(''));
    return { bodyHtml, bodyText: htmlToText(bodyHtml) };
  } catch (error) {
    if (error instanceof BodyRenderError || error instanceof RangeError) throw invalidFields({ body: [error.message] });
    throw error;
  }
}

export interface EntryResult { entry: LiveEntry; purge: PurgeReceipt | null; /** The story's slug, for links to the entry. */ slug: string }

/** Loads the story and runs the caller's role checks on it. */
async function storyFor(db: Db, articleId: number, guard?: Guard): Promise<ArticleState> {
  const story = await loadArticleState(db, articleId);
  if (!story) throw new PublishingError('not_found', `Article ${articleId} not found`);
  guard?.(story);
  return story;
}

/** Runs `statements` plus, if readers see the story, its purge; then purges and returns the receipt. */
async function writeAndPurge(db: Db, deps: PublishingDeps, story: ArticleState, statements: BatchItem<'sqlite'>[], reason: string) {
  const purgeTags = isPublicState(story) ? [liveCacheTag(story.id)] : [];
  const all = [...statements, ...(purgeTags.length ? [purgeOutboxInsert(db, purgeTags, `article ${story.id} ${reason}`)] : [])];
  const results = await db.batch(all as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  let purge: PurgeReceipt | null = null;
  if (purgeTags.length) {
    const outboxId = (results.at(-1) as { id: number }[])[0]!.id;
    const receipt = await deps.purge(purgeTags, outboxId);
    if (receipt && typeof receipt === 'object' && 'status' in receipt) purge = receipt as PurgeReceipt;
  }
  return { results, purge };
}

/** Tries before giving up when other entries took the id chosen (posts in the same instant). */
const ID_ATTEMPTS = 5;

/**
 * Posts an entry to a story whose coverage is open. The id is chosen before the batch so the
 * webhook event in that batch can carry the whole entry (`data.entry`, as the live JSON shows it).
 */
export async function postLiveEntry(db: Db, deps: PublishingDeps, actor: Actor, articleId: number, input: CreateEntryInput, guard?: Guard): Promise<EntryResult> {
  const story = await storyFor(db, articleId, guard);
  if (story.deletedAt !== null) throw new PublishingError('invalid_state', 'The article is in the trash; restore it first');
  if (!story.live) throw new PublishingError('invalid_state', 'Live coverage is not open on this story; set "live": true on it first');
  const rendered = renderEntryBody(input.body);
  const now = new Date(deps.now());
  for (let attempt = 1; ; attempt++) {
    const [{ next }] = (await db.select({ next: sql<number>`coalesce(max(${liveEntries.id}), 0) + 1` }).from(liveEntries)) as [{ next: number }];
    const entry: LiveEntry = {
      id: next, articleId, bodySource: input.body, ...rendered, pinned: input.pinned ?? false, keyEvent: input.keyEvent ?? false,
      tokenId: actor.tokenId, createdAt: now, updatedAt: now,
    };
    try {
      const { purge } = await writeAndPurge(db, deps, story, [
        db.insert(liveEntries).values(entry),
        auditEntry(db, actor, 'live-entry-create', articleId, { entryId: entry.id, pinned: entry.pinned, keyEvent: entry.keyEvent }),
        // Subscribers hear of entries readers can see; a draft's reach them with its publication.
        ...(isPublicState(story) ? [webhookEventStatement(db, 'live.entry.created', articleId, { entry: toPublicEntry(entry, story.language) })] : []),
      ], 'live entry');
      if (isPublicState(story)) deps.afterEvents?.();
      return { entry, purge, slug: story.slug };
    } catch (error) {
      if (!isUniqueViolation(error, 'live_entries.id') || attempt >= ID_ATTEMPTS) throw error;
    }
  }
}

async function entryFor(db: Db, articleId: number, entryId: number, guard?: Guard) {
  const story = await storyFor(db, articleId, guard);
  const entry = await findLiveEntry(db, articleId, entryId);
  if (!entry) throw new PublishingError('not_found', `Article ${articleId} has no entry ${entryId}`);
  return { story, entry };
}

/** Changes an entry's text or flags; its time stays the time it was posted. */
export async function updateLiveEntry(db: Db, deps: PublishingDeps, actor: Actor, articleId: number, entryId: number, changes: UpdateEntryInput, guard?: Guard): Promise<EntryResult> {
  const { story } = await entryFor(db, articleId, entryId, guard);
  const set = {
    ...(changes.body !== undefined ? { bodySource: changes.body, ...renderEntryBody(changes.body) } : {}),
    ...(changes.pinned !== undefined ? { pinned: changes.pinned } : {}),
    ...(changes.keyEvent !== undefined ? { keyEvent: changes.keyEvent } : {}),
    updatedAt: new Date(deps.now()),
  };
  const { results, purge } = await writeAndPurge(db, deps, story, [
    db.update(liveEntries).set(set).where(and(eq(liveEntries.id, entryId), eq(liveEntries.articleId, articleId))).returning(),
    auditEntry(db, actor, 'live-entry-update', articleId, { entryId, fields: Object.keys(changes) }),
  ], 'live entry edit');
  return { entry: (results[0] as LiveEntry[])[0]!, purge, slug: story.slug };
}

export async function deleteLiveEntry(db: Db, deps: PublishingDeps, actor: Actor, articleId: number, entryId: number, guard?: Guard): Promise<{ id: number; purge: PurgeReceipt | null }> {
  const { story, entry } = await entryFor(db, articleId, entryId, guard);
  const { purge } = await writeAndPurge(db, deps, story, [
    db.delete(liveEntries).where(and(eq(liveEntries.id, entryId), eq(liveEntries.articleId, articleId))),
    // The text goes into the audit log: a deleted entry readers saw can still be accounted for.
    auditEntry(db, actor, 'live-entry-delete', articleId, { entryId, body: entry.bodySource }),
  ], 'live entry delete');
  return { id: entryId, purge };
}
