/**
 * The embed cards of an article page, read in the page's own batch (routes/articles): their
 * links are in the stored body, so they are known from the slug alone.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles } from '../db/schema';
import { isPublic } from './articles';

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
