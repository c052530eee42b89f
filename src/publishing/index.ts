/**
 * THE code path for every change to an article: create, update, publish, schedule,
 * unpublish, trash, restore and restore-a-revision. The editor API, the cron and scripts
 * all call these functions with a `db` and a small deps object, so every change writes the
 * row, a revision, slug history, listed_at, the audit log, and purges the cache the same way.
 */
import type { Db } from '../db/client';
import { generateShortCode } from '../model/tokens';
import { isUniqueViolation } from '../queries/editor-taxonomy';
import type { CreateArticleInput } from '../schemas/article';
import type { ArticleState } from './article-state';
import type { PublishingDeps } from './deps';
import { PublishingError } from './errors';
import { applyChanges, type ArticleChanges } from './resolve-input';
import { freeSlug } from './slugs';
import { slugify } from '../model/slug';
import { insertArticle, type Actor } from './write-change';

export type { Actor } from './write-change';
export type { ArticleState } from './article-state';
export { PublishingError } from './errors';
export { purgeReceiptOf, workerPublishingDeps, type Guard, type PublishingDeps } from './deps';
export * from './transitions';

export interface CreateOptions {
  createdByTokenId: number | null;
  /** Author to credit when the input names none (a contributor's own author profile). */
  defaultAuthorSlug?: string | null;
}

/** Short codes are 47 random bits; a collision is rare, and a few new draws always end it. */
const SHORT_CODE_ATTEMPTS = 5;

/** Creates a draft. A short-code collision is retried with a new code, never surfaced. */
export async function createArticle(db: Db, deps: PublishingDeps, actor: Actor, input: CreateArticleInput, options: CreateOptions): Promise<ArticleState> {
  const now = deps.now();
  const blank: ArticleState = {
    id: 0, slug: '', title: '', dek: '', bodySource: '', bodyFormat: 'markdown', bodyHtml: '', bodyText: '', status: 'draft',
    publishedAt: null, scheduledAt: null, updatedAt: now, createdAt: now, deletedAt: null, language: 'en', heroImageUrl: null,
    heroImageAlt: null, heroImageCaption: null, heroImageCredit: null, sectionId: 0, sectionSlug: '', authorId: null,
    authorSlug: null, canonicalUrl: null, shortCode: '', revision: 1, createdByTokenId: options.createdByTokenId,
    tags: [], sources: [], relatedIds: [],
  };
  const changes: ArticleChanges = { ...input, author: input.author !== undefined ? input.author : (options.defaultAuthorSlug ?? undefined) };
  const state = await applyChanges(db, blank, changes);
  if (!input.slug) state.slug = await freeSlug(db, slugify(input.title), null, 'public');
  for (let attempt = 1; ; attempt++) {
    state.shortCode = (deps.shortCode ?? generateShortCode)();
    try {
      const id = await insertArticle(db, state, actor, 'create');
      return { ...state, id };
    } catch (error) {
      if (!isUniqueViolation(error, 'articles.short_code') || attempt >= SHORT_CODE_ATTEMPTS) throw error;
    }
  }
}
