/** The editor's view of an article (source and rendered body, any status) and its ETag. */
import { HttpError } from '../../http/errors';
import { absoluteUrl, paths } from '../../model/urls';
import { purgeReceiptOf, type ArticleState } from '../../publishing';
import type { PurgeReceipt } from '../../edge-cache/outbox';
import type { EditorArticle } from '../../schemas/article';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Strong ETag of one revision of one article: changes exactly when the article does. */
export const articleEtag = (state: Pick<ArticleState, 'id' | 'revision'>) => `"a${state.id}-r${state.revision}"`;

export function toEditorArticle(s: ArticleState, origin: string): EditorArticle {
  return {
    id: s.id,
    slug: s.slug,
    url: absoluteUrl(origin, paths.article(s.slug)),
    title: s.title,
    dek: s.dek,
    body: s.bodySource,
    bodyFormat: s.bodyFormat,
    bodyHtml: s.bodyHtml,
    status: s.status,
    publishedAt: iso(s.publishedAt),
    scheduledAt: iso(s.scheduledAt),
    updatedAt: iso(s.updatedAt)!,
    createdAt: iso(s.createdAt)!,
    deletedAt: iso(s.deletedAt),
    language: s.language,
    section: s.sectionSlug,
    author: s.authorSlug,
    tags: s.tags.map((t) => t.slug),
    sources: s.sources,
    related: s.relatedIds,
    heroImage: s.heroImageUrl
      ? { mediaId: s.heroMediaId ?? null, url: s.heroImageUrl, alt: s.heroImageAlt ?? '', caption: s.heroImageCaption, credit: s.heroImageCredit, external: !s.heroMediaId }
      : null,
    canonicalUrl: s.canonicalUrl,
    significantUpdatedAt: iso(s.significantUpdatedAt ?? null),
    live: s.live ?? false,
    coverageStartedAt: iso(s.coverageStartedAt ?? null),
    coverageEndedAt: iso(s.coverageEndedAt ?? null),
    revision: s.revision,
    etag: articleEtag(s),
    ...purgeField(purgeReceiptOf(s)),
  };
}

/** A purge receipt as every editor response shows it: which cache tags, and whether every cache was reached. */
export const purgeJson = (receipt: PurgeReceipt) => ({ id: receipt.id, tags: receipt.tags, status: receipt.status, urls: receipt.urls });

/** The `purge` field of a change readers could see; none when they saw nothing change. */
export const purgeField = (receipt: PurgeReceipt | null): Pick<EditorArticle, 'purge'> => (receipt ? { purge: purgeJson(receipt) } : {});

/**
 * The revision an `If-Match` header names. Missing: 428 (an update must say what it
 * changes). Not this article's current ETag: 412. `*` means "whatever is current".
 */
export function expectedRevisionFromIfMatch(header: string | undefined, current: Pick<ArticleState, 'id' | 'revision'>): number {
  if (header === undefined || header.trim() === '') {
    throw new HttpError(428, 'precondition_required', 'Send If-Match with the ETag of the article you edited', {
      fields: { 'If-Match': ['required: the ETag of the version you edited'] },
    });
  }
  if (header.trim() === '*') return current.revision;
  const wanted = header.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  if (!wanted.includes(articleEtag(current))) {
    throw new HttpError(412, 'precondition_failed', 'The article changed since you read it; fetch it again and reapply your edit', {
      currentEtag: articleEtag(current),
      fields: { 'If-Match': [`${header.trim()} is not the current version ${articleEtag(current)}`] },
    });
  }
  return current.revision;
}
