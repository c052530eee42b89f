/**
 * Every change to an existing article: update, publish, schedule, unpublish, trash,
 * restore, restore a revision, and the cron's publishing of due articles. Each one is a
 * function from the article as it is to the article as it will be, run by `changeArticle`.
 */
import type { Db } from '../db/client';
import { loadArticleState } from '../queries/editor-articles';
import { isUniqueViolation } from '../queries/editor-taxonomy';
import { CONTENT_FIELDS, isSignificantChange, type ArticleState } from './article-state';
import { purgeAfterWrite, purgeTagsIfPublic, type Guard, type PublishingDeps } from './deps';
import { PublishingError } from './errors';
import { applyChanges, type ArticleChanges } from './resolve-input';
import { freeSlug } from './slugs';
import { StaleRevisionError, writeArticleChange, type Actor } from './write-change';
import { articleEventType } from '../webhooks/article-events';

/**
 * Loads the article, lets `change` derive the next state, writes it as the next revision
 * (only if nobody else wrote in between) and purges what readers could see.
 */
async function changeArticle(
  db: Db,
  deps: PublishingDeps,
  actor: Actor,
  id: number,
  action: string,
  change: (before: ArticleState) => ArticleState | Promise<ArticleState>,
  options: { expectedRevision?: number; guard?: Guard; minor?: boolean } = {},
  attempt = 1,
): Promise<ArticleState> {
  const before = await loadArticleState(db, id);
  if (!before) throw new PublishingError('not_found', `Article ${id} not found`);
  options.guard?.(before);
  if (options.expectedRevision !== undefined && options.expectedRevision !== before.revision) throw stale(id);
  const after: ArticleState = { ...(await change(before)), id, revision: before.revision + 1, updatedAt: deps.now() };
  if (isSignificantChange(action, before, options.minor ?? false)) after.significantUpdatedAt = after.updatedAt;
  const tags = purgeTagsIfPublic(before, after);
  let outboxId: number | null;
  try {
    outboxId = await writeArticleChange(db, before, after, actor, action, tags);
  } catch (error) {
    if (error instanceof StaleRevisionError) throw stale(id);
    // Another article took the slug between our check and our write. A draft going out
    // (the only change that claims a slug) claims the next free one on another try.
    if (isUniqueViolation(error, 'articles.slug')) {
      if (before.status === 'draft' && attempt < 3) return changeArticle(db, deps, actor, id, action, change, options, attempt + 1);
      throw slugTaken(after.slug);
    }
    throw error;
  }
  await purgeAfterWrite(deps, after, tags, outboxId);
  if (articleEventType(before, after)) deps.afterEvents?.();
  return after;
}

const stale = (id: number) => new PublishingError('stale_revision', `Article ${id} was changed by someone else; fetch it again`);
const slugTaken = (slug: string) =>
  new PublishingError('slug_taken', `The slug "${slug}" belongs to another article`, { fields: { slug: ['already in use'] } });
const invalidState = (message: string) => new PublishingError('invalid_state', message);

function assertNotInTrash(state: ArticleState) {
  if (state.deletedAt !== null) throw invalidState('The article is in the trash; restore it first');
}

export interface ChangeOptions { expectedRevision?: number; guard?: Guard }

export function updateArticle(db: Db, deps: PublishingDeps, actor: Actor, id: number, changes: ArticleChanges, options: ChangeOptions = {}) {
  return changeArticle(db, deps, actor, id, 'update', (before) => {
    assertNotInTrash(before);
    return applyChanges(db, before, changes);
  }, { ...options, minor: changes.minor === true });
}

/** A draft going out claims its slug now: if another scheduled or public story holds it, the next free one. */
async function claimSlug(db: Db, before: ArticleState): Promise<string> {
  return before.status === 'draft' ? freeSlug(db, before.slug, before.id, 'reserved') : before.slug;
}

/** Publishes now. Re-publishing an unpublished story keeps its original publication time. */
export function publishArticle(db: Db, deps: PublishingDeps, actor: Actor, id: number, options: ChangeOptions = {}) {
  return changeArticle(db, deps, actor, id, 'publish', async (before) => {
    assertNotInTrash(before);
    if (before.status === 'published') throw invalidState('The article is already published');
    return { ...before, slug: await claimSlug(db, before), status: 'published', publishedAt: before.publishedAt ?? deps.now(), scheduledAt: null };
  }, options);
}

/** Schedules publication at `at` (epoch ms, in the future); the cron publishes it then. */
export function scheduleArticle(db: Db, deps: PublishingDeps, actor: Actor, id: number, at: number, options: ChangeOptions = {}) {
  return changeArticle(db, deps, actor, id, 'schedule', async (before) => {
    assertNotInTrash(before);
    if (before.status === 'published') throw invalidState('The article is already published; unpublish it first');
    if (at <= deps.now()) throw new PublishingError('invalid_input', 'The publication time must be in the future', { fields: { at: ['must be in the future'] } });
    return { ...before, slug: await claimSlug(db, before), status: 'scheduled', scheduledAt: at };
  }, options);
}

/** Takes a published story down (readers get 410) or cancels a schedule (back to draft). */
export function unpublishArticle(db: Db, deps: PublishingDeps, actor: Actor, id: number, options: ChangeOptions = {}) {
  return changeArticle(db, deps, actor, id, 'unpublish', (before) => {
    if (before.status === 'scheduled') return { ...before, status: 'draft', scheduledAt: null };
    if (before.status !== 'published') throw invalidState(`A ${before.status} article cannot be unpublished`);
    return { ...before, status: 'unpublished' };
  }, options);
}

export function trashArticle(db: Db, deps: PublishingDeps, actor: Actor, id: number, options: ChangeOptions = {}) {
  return changeArticle(db, deps, actor, id, 'delete', (before) => {
    if (before.deletedAt !== null) throw invalidState('The article is already in the trash');
    return { ...before, deletedAt: deps.now() };
  }, options);
}

export function restoreArticle(db: Db, deps: PublishingDeps, actor: Actor, id: number, options: ChangeOptions = {}) {
  return changeArticle(db, deps, actor, id, 'restore', (before) => {
    if (before.deletedAt === null) throw invalidState('The article is not in the trash');
    return { ...before, deletedAt: null };
  }, options);
}

/**
 * Brings back the content of revision `rev` as a new revision. Status and publication
 * times stay as they are: restoring text never publishes or hides a story by surprise.
 */
export function restoreRevision(db: Db, deps: PublishingDeps, actor: Actor, id: number, snapshot: Partial<ArticleState>, options: ChangeOptions = {}) {
  return changeArticle(db, deps, actor, id, 'restore-revision', async (before) => {
    assertNotInTrash(before);
    const restored: ArticleState = { ...before };
    for (const field of CONTENT_FIELDS) if (snapshot[field] !== undefined) Object.assign(restored, { [field]: snapshot[field] });
    // Taxonomy and slug may have changed since: re-resolve them so the result is valid today.
    return applyChanges(db, { ...restored, slug: before.slug }, {
      section: restored.sectionSlug,
      author: restored.authorSlug,
      tags: restored.tags.map((t) => t.slug),
      related: restored.relatedIds,
      ...(restored.slug !== before.slug ? { slug: restored.slug } : {}),
    });
  }, options);
}

/** Publishes every scheduled article whose time has come. Used by the cron trigger. */
export async function publishDueArticles(db: Db, deps: PublishingDeps, due: { id: number; revision: number }[]) {
  const published: number[] = [];
  const skipped: { id: number; reason: string }[] = [];
  for (const { id, revision } of due) {
    try {
      await publishArticle(db, deps, { tokenId: null, name: 'cron' }, id, { expectedRevision: revision });
      published.push(id);
    } catch (error) {
      // Someone edited or rescheduled it meanwhile, or it vanished: the next run re-reads it.
      // Anything else is logged and retried next minute; it must not hold up the others.
      if (!(error instanceof PublishingError)) console.error('scheduled publish failed', id, error);
      skipped.push({ id, reason: error instanceof PublishingError ? error.code : 'error' });
    }
  }
  return { published, skipped };
}
