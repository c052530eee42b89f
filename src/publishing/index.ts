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
import { applyChanges, uniqueSlug, type ArticleChanges } from './resolve-input';
import { insertArticle, type Actor } from './write-change';

export type { Actor } from './write-change';
export type { ArticleState } from './article-state';
export { PublishingError } from './errors';
export { workerPublishingDeps, type Guard, type PublishingDeps } from './deps';
export * from './transitions';

export interface CreateOptions {
  createdByTokenId: number | null;
  /** Author to credit when the input names none (a contributor's own author profile). */
  defaultAuthorSlug?: string | null;
}

/** Creates a draft. Retries with the next free slug when two creates race for one. */
export async function createArticle(db: Db, deps: PublishingDeps, actor: Actor, input: CreateArticleInput, options: CreateOptions): Promise<ArticleState> {
  const now = deps.now();
  const blank: ArticleState = {
    id: 0, slug: '', title: '', dek: '', bodySource: '', bodyFormat: 'markdown', bodyHtml: '', bodyText: '', status: 'draft',
    publishedAt: null, scheduledAt: null, updatedAt: now, createdAt: now, deletedAt: null, language: 'en', heroImageUrl: null,
    heroImageAlt: null, heroImageCaption: null, heroImageCredit: null, sectionId: 0, sectionSlug: '', authorId: null,
    authorSlug: null, canonicalUrl: null, shortCode: generateShortCode(), revision: 1, createdByTokenId: options.createdByTokenId,
    tags: [], sources: [], relatedIds: [],
  };
  const changes: ArticleChanges = { ...input, author: input.author !== undefined ? input.author : (options.defaultAuthorSlug ?? undefined) };
  for (let attempt = 0; ; attempt++) {
    const state = await applyChanges(db, blank, changes);
    if (!input.slug) state.slug = await uniqueSlug(db, input.title, null);
    try {
      const id = await insertArticle(db, state, actor, 'create');
      return { ...state, id };
    } catch (error) {
      const slugRace = isUniqueViolation(error, 'articles.slug');
      if (!slugRace || attempt >= 3) {
        if (slugRace) throw new PublishingError('slug_taken', `The slug "${state.slug}" belongs to another article`, { fields: { slug: ['already in use'] } });
        throw error;
      }
    }
  }
}
