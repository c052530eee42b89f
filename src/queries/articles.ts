/**
 * Reads of public articles. "Public" has one definition, `isPublic`, used by every reader
 * query so a draft, a scheduled story or a trashed one can never slip onto a public page.
 */
import { and, asc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { BatchItem, BatchResponse } from 'drizzle-orm/batch';
import { drizzle } from 'drizzle-orm/d1';
import type { Db } from '../db/client';
import {
  articleSources,
  articleTags,
  articles,
  authors,
  relatedArticles,
  sections,
  slugHistory,
  tags,
  type Article,
  type ArticleSource,
  type Author,
  type Section,
  type Tag,
} from '../db/schema';
import { notesOfArticleStatement, type NoteRow } from './corrections';

/** The only definition of "a reader may see this article". */
export const isPublic = () => and(eq(articles.status, 'published'), isNull(articles.deletedAt));

export interface ArticleRecord {
  article: Article;
  section: Section;
  author: Author | null;
  tags: Tag[];
  sources: ArticleSource[];
  related: Pick<Article, 'id' | 'slug' | 'title' | 'publishedAt'>[];
  /**
   * Stories it names as previously reported that readers cannot see yet (drafts, embargoed):
   * never shown, but the page depends on them, so it carries their cache tags and is purged
   * when one of them is published.
   */
  unlistedRelatedIds: number[];
  /** Corrections, clarifications and update notes, oldest first (docs/corrections.md). */
  notes: NoteRow[];
}

export type ArticleLookup =
  | { kind: 'found'; record: ArticleRecord }
  | { kind: 'moved'; slug: string }
  | { kind: 'gone' }
  | { kind: 'missing' };

/**
 * Id of the public article with `slug`, as a scalar subquery (compared with `=`, never `in`),
 * so an index that starts with article_id also delivers its rows in order: no sort.
 */
export const publicIdBySlug = (db: Db, slug: string, onlyIf?: SQL) =>
  db.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, slug), isPublic(), onlyIf)).limit(1);

const publicSectionIdBySlug = (db: Db, slug: string, onlyIf?: SQL) =>
  db.select({ id: articles.sectionId }).from(articles).where(and(eq(articles.slug, slug), isPublic(), onlyIf));
const publicAuthorIdBySlug = (db: Db, slug: string, onlyIf?: SQL) =>
  db.select({ id: articles.authorId }).from(articles).where(and(eq(articles.slug, slug), isPublic(), onlyIf));

/**
 * The statements that fetch everything an article page needs, for one D1 batch: the
 * article, its section and author, tags, sources, related stories, and, for misses, the
 * slug history and whether it was withdrawn. Callers may add statements of their own to
 * the same batch (the page adds its navigation) and read these results with
 * `toArticleLookup`.
 *
 * Every statement starts from one slug and reads a handful of rows, whatever the size of
 * the archive and whether or not the planner has statistics (tests/worker/query-plans-at-scale).
 *
 * `onlyIf()`, a condition on nothing but constants (no column of these statements), makes
 * every statement read nothing when it is false: the article page puts the lookup in the
 * same batch as its stored fragment and reads it only when there is none to serve. It is
 * called once per statement that needs it (a Drizzle condition is not shared between queries).
 */
export function articleLookupStatements(db: Db, slug: string, onlyIf: () => SQL | undefined = () => undefined) {
  // No joins across tables with shared column names here: D1 batch results come back as
  // objects keyed by column name, so `id`/`slug`/`name` from two tables would collide.
  // The statements keyed by the article's id read nothing when the id is null.
  const articleId = () => publicIdBySlug(db, slug, onlyIf());
  return [
    db.select().from(articles).where(and(eq(articles.slug, slug), isPublic(), onlyIf())),
    db.select().from(sections).where(sql`${sections.id} in ${publicSectionIdBySlug(db, slug, onlyIf())}`),
    db.select().from(authors).where(sql`${authors.id} in ${publicAuthorIdBySlug(db, slug, onlyIf())}`),
    // Sorted by name: a sort of this one article's few tags.
    db
      .select({ tag: tags })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(sql`${articleTags.articleId} = ${articleId()}`)
      .orderBy(asc(tags.name)),
    db
      .select()
      .from(articleSources)
      .where(sql`${articleSources.articleId} = ${articleId()}`)
      .orderBy(asc(articleSources.position)),
    // CROSS JOIN keeps related_articles as the outer loop (SQLite never reorders it). An
    // inner join let the planner without statistics start from articles instead, walking
    // every published story through the status index to find the few related to this one.
    // Unlisted ones too, flagged: the page carries their cache tags (see ArticleRecord).
    db
      .select({
        id: articles.id,
        slug: articles.slug,
        title: articles.title,
        publishedAt: articles.publishedAt,
        listed: sql<number>`case when ${isPublic()} then 1 else 0 end`.mapWith(Number),
      })
      .from(relatedArticles)
      .crossJoin(articles)
      .where(and(sql`${relatedArticles.articleId} = ${articleId()}`, eq(articles.id, relatedArticles.relatedId)))
      .orderBy(asc(relatedArticles.position)),
    db
      .select({ slug: articles.slug })
      .from(slugHistory)
      .innerJoin(articles, eq(articles.id, slugHistory.articleId))
      .where(and(eq(slugHistory.slug, slug), isPublic(), onlyIf())),
    db
      .select({ id: articles.id })
      .from(articles)
      .where(
        and(
          eq(articles.slug, slug),
          or(eq(articles.status, 'unpublished'), and(eq(articles.status, 'published'), sql`${articles.deletedAt} is not null`)),
          onlyIf(),
        ),
      ),
    notesOfArticleStatement(db, articleId()),
  ] as const;
}

export type ArticleLookupResults = BatchResponse<ReturnType<typeof articleLookupStatements>>;

/** Reads the results of `articleLookupStatements`. */
export function toArticleLookup([main, sectionRows, authorRows, tagRows, sourceRows, relatedRows, moved, gone, noteRows]: ArticleLookupResults): ArticleLookup {
  const article = main[0];
  const section = sectionRows[0];
  if (article && section) {
    return {
      kind: 'found',
      record: {
        article,
        section,
        author: authorRows[0] ?? null,
        tags: tagRows.map((r) => r.tag),
        sources: sourceRows,
        related: relatedRows.filter((r) => r.listed === 1).map(({ listed: _listed, ...rest }) => rest),
        unlistedRelatedIds: relatedRows.filter((r) => r.listed !== 1).map((r) => r.id),
        notes: noteRows,
      },
    };
  }
  if (moved[0]) return { kind: 'moved', slug: moved[0].slug };
  if (gone[0]) return { kind: 'gone' };
  return { kind: 'missing' };
}

/** Everything an article page needs, in one D1 round trip (one batch). */
export async function findPublicArticle(db: Db, slug: string): Promise<ArticleLookup> {
  return toArticleLookup(await db.batch(articleLookupStatements(db, slug)));
}

/** How a stored body writes an embed card (content/embeds, cardHtml): what the walk below looks for. */
const CARD_START = '<div class="embed" data-provider="';
const CARD_URL = '" data-url="';
/** Cards walked per body: a bound on the work a body can make, well above any real page's. */
const CARDS_WALKED = 200;

/** One link of a card in the body, and its stored metadata (nulls when none is stored). */
export interface EmbedCardRow {
  link: string;
  status: string | null;
  title: string | null;
  thumbnailKey: string | null;
  thumbnailWidth: number | null;
  thumbnailHeight: number | null;
  /** Epoch ms. */
  fetchedAt: number | null;
}

/**
 * The embed cards' links of the public article at `slug`, each with its stored metadata, for
 * the page's batch (routes/article-embeds reads it): the cards are in the article's stored
 * body, so their links are known from the slug alone. SQLite has no regular expressions: a
 * recursive walk of the body from one card to the next (a body without cards stops at its
 * first instr()), the link HTML-unescaped as content/embeds does, then the embeds row by
 * primary key (named: with statistics of a near-empty table the planner would scan it). A link on several cards comes once per card (no DISTINCT: no sort in the plan).
 * With `read: false` (the lite edition shows plain links) it keeps its place in a batch and
 * reads nothing (a bound parameter, so SQLite cannot fold the slug's index away at prepare time). A select from a subquery, not `db.all()`: Drizzle's D1 batch cannot bind
 * the parameters of a raw query.
 */
export const embedCardsStatement = (db: Db, slug: string, { read = true } = {}) =>
  db
    .select({
      link: sql<string>`"link"`,
      status: sql<string | null>`"status"`,
      title: sql<string | null>`"title"`,
      thumbnailKey: sql<string | null>`"thumbnail_key"`,
      thumbnailWidth: sql<number | null>`"thumbnail_width"`,
      thumbnailHeight: sql<number | null>`"thumbnail_height"`,
      fetchedAt: sql<number | null>`"fetched_at"`,
    })
    .from(sql`(
      with recursive cards(rest, n) as (
        select ${articles.bodyHtml}, 0 from ${articles}
        where ${and(eq(articles.slug, slug), isPublic())} and instr(${articles.bodyHtml}, ${CARD_START}) > 0 and ${read ? 1 : 0} = 1
        union all
        select substr(rest, instr(rest, ${CARD_START}) + ${CARD_START.length}), n + 1 from cards
        where n < ${CARDS_WALKED} and instr(rest, ${CARD_START}) > 0
      ),
      at_url(rest) as (select substr(rest, instr(rest, ${CARD_URL}) + ${CARD_URL.length}) from cards where n > 0 and instr(rest, ${CARD_URL}) > 0),
      links(link) as (
        select replace(replace(replace(replace(replace(substr(rest, 1, instr(rest, '"') - 1), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&')
        from at_url where instr(rest, '"') > 1
      )
      select links.link, embeds.status, embeds.title, embeds.thumbnail_key, embeds.thumbnail_width, embeds.thumbnail_height, embeds.fetched_at
      from links left join embeds indexed by sqlite_autoindex_embeds_1 on embeds.url = links.link
    ) as "embed_cards"`);

/** Drizzle over no database (made on first use): templates are built there, so building one never prepares a statement on D1. */
let detachedDb: Db | undefined;

/** What a built statement keeps for reuse: its SQL, its parameters, and Drizzle's mapping of its rows. */
interface StatementTemplate {
  sql: string;
  params: unknown[];
  mapResult: (result: unknown, isFromBatch?: boolean) => unknown;
}

/** The slice of Drizzle's D1 batch protocol a reused statement implements (drizzle-orm/d1 session.batch). */
interface PreparedForBatch {
  getQuery(): { sql: string; params: unknown[] };
  mapResult(result: unknown, isFromBatch?: boolean): unknown;
}

/**
 * A batch whose SQL text depends only on `variant` (a few, known in advance), built by
 * Drizzle once per isolate and bound per request. Building SQL is most of the CPU a miss spends on D1 (the article page's
 * 15 statements took several times longer to build than to read), and its text never
 * changes: only the parameters do. `sentinels` are stand-in values of `args` (values no real
 * request or constant can have): the template is built with them, and each request's
 * parameters are the template's with each sentinel replaced by its argument. The statements
 * reuse Drizzle's own row mapping and go through the request's D1 (so they are counted and
 * timed like any other); a test fails if Drizzle's batch protocol changes under them.
 */
export function reusableBatch<Variant extends string, Args extends Record<string, string | number>, Q extends readonly BatchItem<'sqlite'>[]>(
  build: (db: Db, variant: Variant, args: Args) => Q,
  sentinels: Args,
) {
  const templates = new Map<Variant, StatementTemplate[]>();
  return (db: Db, variant: Variant, args: Args): Q => {
    let template = templates.get(variant);
    if (!template) {
      detachedDb ??= drizzle({ prepare: () => ({}) } as unknown as D1Database);
      template = build(detachedDb, variant, sentinels).map((item) => {
        const prepared = (item as unknown as { _prepare(): PreparedForBatch })._prepare();
        const { sql: text, params } = prepared.getQuery();
        return { sql: text, params, mapResult: prepared.mapResult.bind(prepared) };
      });
      templates.set(variant, template);
    }
    const values = new Map<unknown, unknown>(Object.entries(sentinels).map(([name, sentinel]) => [sentinel, args[name]]));
    return template.map(({ sql: text, params, mapResult }) => ({
      _prepare: () => ({
        stmt: db.$client.prepare(text),
        getQuery: () => ({ sql: text, params: params.map((param) => (values.has(param) ? values.get(param) : param)) }),
        mapResult,
      }),
    })) as unknown as Q;
  };
}
