/**
 * Reads of curated fronts (docs/fronts.md). A front's slots are read with the page's own
 * batch (one D1 round trip) and resolved here at query time: a slot shows only while its
 * article passes the one `isPublic` rule and the slot has not expired, so a scheduled story
 * takes its slot when it publishes and an unpublished or trashed one leaves at once.
 */
import { and, asc, eq, gt, inArray, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, fronts, frontSlots, sections, type Section } from '../db/schema';
import { isPublic } from './articles';
import { summariesQuery, summaryColumns, type ArticleSummaryRow } from './listings';

/** Which front: its storage key (`home`, `section:<id>`), its name in URLs and cache tags (`home`, the section slug), its section. */
export interface FrontRef {
  key: string;
  name: string;
  section: Section | null;
}

export const HOME_FRONT = 'home';
export const homeFront: FrontRef = { key: HOME_FRONT, name: HOME_FRONT, section: null };
export const sectionFront = (section: Section): FrontRef => ({ key: `section:${section.id}`, name: section.slug, section });

/** A front's key: a literal for home, SQL resolving a section's id inside the batch. */
export type FrontKey = string | SQL;
const keyIs = (key: FrontKey) => (typeof key === 'string' ? eq(frontSlots.front, key) : sql`${frontSlots.front} = ${key}`);
/** The key of a section's front, from a subquery that yields the section's id. */
export const sectionFrontKey = (sectionId: SQLWrapper): FrontKey => sql`'section:' || ${sectionId}`;

/** A slot with the story it holds and whether readers may see that story now. */
export interface SlotRow extends ArticleSummaryRow {
  position: number;
  expiresAt: Date | null;
  visible: number;
}

/**
 * Every slot of a front with its story, in slot order. CROSS JOIN keeps front_slots (a
 * dozen rows per front, by primary key) as the outer loop; each story is one lookup.
 */
export function frontSlotsQuery(db: Db, key: FrontKey) {
  return db
    .select({
      ...summaryColumns,
      position: frontSlots.position,
      expiresAt: frontSlots.expiresAt,
      visible: sql<number>`case when ${isPublic()} then 1 else 0 end`.mapWith(Number),
    })
    .from(frontSlots)
    .crossJoin(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(keyIs(key), eq(articles.id, frontSlots.articleId)))
    .orderBy(asc(frontSlots.position));
}

/**
 * Ids held by the front's unexpired slots, for `not in`: the automatic lists of the same page
 * leave them out, so no story shows twice. `now` is the render's clock, as in resolveFront.
 */
export function curatedIds(db: Db, key: FrontKey, now: number) {
  return db
    .select({ id: frontSlots.articleId })
    .from(frontSlots)
    .where(and(keyIs(key), or(isNull(frontSlots.expiresAt), gt(frontSlots.expiresAt, new Date(now)))));
}

export interface ResolvedFront {
  lead: ArticleSummaryRow | null;
  top: ArticleSummaryRow[];
  /** Every story in a slot, shown or not: the page carries their cache tags. */
  slottedIds: number[];
  /** The next time a slot expires: the page's copy must not outlive it. */
  nextExpiry: number | null;
}

const strip = ({ position: _p, expiresAt: _e, visible: _v, ...row }: SlotRow): ArticleSummaryRow => row;

/** What readers see of a front at `now`: visible, unexpired slots in order, gaps closed. */
export function resolveFront(rows: SlotRow[], now: number): ResolvedFront {
  const live = (row: SlotRow) => row.visible === 1 && (row.expiresAt === null || row.expiresAt.getTime() > now);
  const lead = rows.find((row) => row.position === 0 && live(row));
  const expiries = rows.map((row) => row.expiresAt?.getTime() ?? Infinity).filter((time) => time > now && time !== Infinity);
  return {
    lead: lead ? strip(lead) : null,
    top: rows.filter((row) => row.position > 0 && live(row)).map(strip),
    slottedIds: rows.map((row) => row.id),
    nextExpiry: expiries.length ? Math.min(...expiries) : null,
  };
}

/** The front's revision (0 if never set) and its slots as stored, for the editor API. */
export async function loadFrontForEditor(db: Db, key: string) {
  const [revisionRows, slotRows] = await db.batch([
    db.select().from(fronts).where(eq(fronts.name, key)),
    db
      .select({
        position: frontSlots.position,
        expiresAt: frontSlots.expiresAt,
        id: articles.id,
        slug: articles.slug,
        title: articles.title,
        status: articles.status,
        deletedAt: articles.deletedAt,
        publishedAt: articles.publishedAt,
        scheduledAt: articles.scheduledAt,
      })
      .from(frontSlots)
      .crossJoin(articles)
      .where(and(eq(frontSlots.front, key), eq(articles.id, frontSlots.articleId)))
      .orderBy(asc(frontSlots.position)),
  ]);
  const row = revisionRows[0];
  return { revision: row?.revision ?? 0, updatedAt: row?.updatedAt ?? null, slots: slotRows };
}

/** The articles an editor names for slots: status and trash state, to validate a PUT. */
export function articlesForSlots(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.select({ id: articles.id, status: articles.status, deletedAt: articles.deletedAt }).from(articles).where(inArray(articles.id, ids));
}

/** The section with `slug`, or null. */
export async function findSection(db: Db, slug: string): Promise<Section | null> {
  const [row] = await db.select().from(sections).where(eq(sections.slug, slug));
  return row ?? null;
}

export interface FrontJson {
  section: Section | null;
  resolved: ResolvedFront;
  /** Home only: the newest story in no slot, the lead when no slot holds one. */
  newest: ArticleSummaryRow | null;
}

/** A front for the public JSON, in one batch; null for an unknown section. `home` wins over a section slugged "home". */
export async function loadFrontJson(db: Db, name: string, now: number): Promise<FrontJson | null> {
  if (name === HOME_FRONT) {
    const [slotRows, newestRows] = await db.batch([
      frontSlotsQuery(db, HOME_FRONT),
      summariesQuery(db, { limit: 1, cursor: null }, sql`${articles.id} not in ${curatedIds(db, HOME_FRONT, now)}`),
    ]);
    return { section: null, resolved: resolveFront(slotRows, now), newest: newestRows[0] ?? null };
  }
  const sectionId = db.select({ id: sections.id }).from(sections).where(eq(sections.slug, name));
  const [found, slotRows] = await db.batch([db.select().from(sections).where(eq(sections.slug, name)), frontSlotsQuery(db, sectionFrontKey(sectionId))]);
  const section = found[0];
  return section ? { section, resolved: resolveFront(slotRows, now), newest: null } : null;
}
