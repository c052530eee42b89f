/**
 * Turns what an editor sent (slugs, ids, Markdown) into article state: looks up the
 * section, author and tags, checks related ids, renders the body and picks a free slug.
 */
import type { Db } from '../db/client';
import { D1_MAX_ROW_BYTES, utf8Bytes } from '../platform/d1-limits';
import { BodyRenderError, renderBody, type BodyFormat } from '../content/body';
import { mediaIdsReferenced, type InlineMediaLookup } from '../content/inline-images';
import { heroImagePath } from '../model/media-refs';
import { findLibraryImages } from '../queries/article-media';
import { existingArticleIds, findTaxonomy } from '../queries/editor-articles';
import type { UpdateArticleInput } from '../schemas/article';
import type { ArticleState } from './article-state';
import { invalidFields, PublishingError } from './errors';
import { isSlugTaken, slugScopeOf } from './slugs';

/** Everything the API accepts, as a change to an article (create = change of defaults). */
export type ArticleChanges = UpdateArticleInput;

// The article row and its revision snapshot (JSON, where control characters take six bytes
// each) both hold the source, the HTML and the text. Their stored size must leave room under
// D1's row limit for every other field at its maximum (title, dek, 30 sources...: < 100 KB).
const MAX_STORED_BODY_BYTES = D1_MAX_ROW_BYTES - 500_000;

/** Renders the body, turning a body we cannot store or render into a field error. */
function renderChecked(source: string, format: BodyFormat, media: InlineMediaLookup) {
  let rendered: { html: string; text: string };
  try {
    rendered = renderBody(source, format, media);
  } catch (error) {
    if (error instanceof BodyRenderError) throw invalidFields({ body: [error.message] });
    throw error;
  }
  const bytes = utf8Bytes(JSON.stringify([source, rendered.html, rendered.text]));
  if (bytes > MAX_STORED_BODY_BYTES) throw invalidFields({ body: ['The body is too large once rendered; split the article'] });
  return rendered;
}

/** Library images the change names (lead image, body), looked up together in one query. */
function libraryIdsOf(changes: ArticleChanges, state: ArticleState, fields: Record<string, string[]>): string[] {
  const hero = changes.heroImage && 'mediaId' in changes.heroImage ? [changes.heroImage.mediaId] : [];
  if (changes.body === undefined && changes.bodyFormat === undefined) return hero;
  try {
    return [...new Set([...hero, ...mediaIdsReferenced(changes.body ?? state.bodySource)])];
  } catch (error) {
    if (!(error instanceof BodyRenderError)) throw error;
    fields.body = [error.message];
    return hero;
  }
}

/**
 * The lead-image columns for what the editor sent: a library image is stored as its id and
 * the path of its 16:9 copy (model/media-refs), its words defaulting to the library's; alt
 * text is required from one or the other. An external URL (admins only: routes/editor/access)
 * is stored as given, with no media id.
 */
function heroImageState(hero: NonNullable<ArticleChanges['heroImage']> | null, library: InlineMediaLookup, fields: Record<string, string[]>): Partial<ArticleState> {
  if (hero && 'mediaId' in hero) {
    const image = library.get(hero.mediaId);
    if (!image) {
      fields['heroImage.mediaId'] = [`no image ${hero.mediaId} in the media library`];
      return {};
    }
    const alt = hero.alt || image.alt;
    if (!alt) fields['heroImage.alt'] = ['required: the library image has no alt text, so say what the image shows'];
    return {
      heroMediaId: image.id, heroImageUrl: heroImagePath(image), heroImageAlt: alt,
      heroImageCaption: hero.caption !== undefined ? hero.caption : image.caption || null,
      heroImageCredit: hero.credit !== undefined ? hero.credit : image.credit || null,
    };
  }
  return { heroMediaId: null, heroImageUrl: hero?.url ?? null, heroImageAlt: hero?.alt ?? null, heroImageCaption: hero?.caption ?? null, heroImageCredit: hero?.credit ?? null };
}

/** Applies `changes` to `state`, resolving names to ids; throws PublishingError on bad references. */
export async function applyChanges(db: Db, state: ArticleState, changes: ArticleChanges): Promise<ArticleState> {
  const { section, author, tags, related } = changes;
  const taxonomy = await findTaxonomy(db, section, author, tags ?? []);
  const fields: Record<string, string[]> = {};
  const next: ArticleState = { ...state };

  if (section !== undefined) {
    if (taxonomy.section) Object.assign(next, { sectionId: taxonomy.section.id, sectionSlug: taxonomy.section.slug });
    else fields.section = [`no section "${section}"`];
  }
  if (author === null) Object.assign(next, { authorId: null, authorSlug: null });
  else if (author !== undefined) {
    if (taxonomy.author) Object.assign(next, { authorId: taxonomy.author.id, authorSlug: taxonomy.author.slug });
    else fields.author = [`no author "${author}"`];
  }
  if (tags !== undefined) {
    const found = new Map(taxonomy.tags.map((t) => [t.slug, t]));
    const missing = tags.filter((slug) => !found.has(slug));
    if (missing.length) fields.tags = missing.map((slug) => `no tag "${slug}"`);
    next.tags = tags.flatMap((slug) => found.get(slug) ?? []);
  }
  if (related !== undefined) {
    const existing = await existingArticleIds(db, related);
    const problems = related.flatMap((id) => (id === state.id ? [`an article cannot be related to itself (${id})`] : existing.has(id) ? [] : [`no article ${id}`]));
    if (problems.length) fields.related = problems;
    next.relatedIds = related;
  }
  const library = await findLibraryImages(db, libraryIdsOf(changes, state, fields));
  if (changes.heroImage !== undefined) Object.assign(next, heroImageState(changes.heroImage, library, fields));
  if (Object.keys(fields).length) throw invalidFields(fields);

  if (changes.title !== undefined) next.title = changes.title;
  if (changes.dek !== undefined) next.dek = changes.dek;
  if (changes.language !== undefined) next.language = changes.language;
  if (changes.canonicalUrl !== undefined) next.canonicalUrl = changes.canonicalUrl;
  if (changes.sources !== undefined) next.sources = changes.sources;
  if (changes.live !== undefined) next.live = changes.live;
  if (changes.body !== undefined || changes.bodyFormat !== undefined) {
    next.bodySource = changes.body ?? state.bodySource;
    next.bodyFormat = changes.bodyFormat ?? state.bodyFormat;
    const rendered = renderChecked(next.bodySource, next.bodyFormat, library);
    next.bodyHtml = rendered.html;
    next.bodyText = rendered.text;
  }
  if (changes.slug !== undefined && changes.slug !== state.slug) {
    if (await isSlugTaken(db, changes.slug, state.id || null, slugScopeOf(state.status))) throw new PublishingError('slug_taken', `The slug "${changes.slug}" belongs to another article`, { fields: { slug: ['already in use'] } });
    next.slug = changes.slug;
  }
  return next;
}
