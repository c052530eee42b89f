/**
 * A newsroom archive of any size (100,000 articles in a few seconds), generated inside
 * SQLite: every table is filled by one `INSERT ... SELECT` over a recursive counter, all in
 * one D1 batch, so no row crosses from JS to D1. Proportions follow a real archive:
 *
 * - 8 sections, 300 authors, 3,000 tags (one of them, `news`, on a fifth of all stories);
 * - articles: 94% published, 2% drafts, 1% scheduled, 1% unpublished, 2% published but
 *   trashed; one a minute, the last (the highest id) a minute before `now` (`publishedAt`),
 *   except one story in 50, published days out of order (backdated);
 * - three tags and one or two related stories per article, a source on one in ten, one
 *   revision each, and an old slug (slug_history) on one in twenty.
 *
 * Titles and bodies draw from a small vocabulary: `council` is in about a third of all
 * stories (a common search term), `lighthouse` in one in 200, and `n<i>` only in story i.
 */

export interface ScaleArchive {
  articles: number;
  now: number;
  /** A public article that has tags, a source, related stories and an old slug. */
  sample: { id: number; slug: string; oldSlug: string; shortCode: string; section: string; author: string; tag: string };
}

const MINUTE = 60_000;
export const SCALE_SECTIONS = 8;
export const SCALE_AUTHORS = 300;
export const SCALE_TAGS = 3_000;

/** When story `id` of an archive of `articles` stories seeded at `now` was published (unless backdated). */
export const publishedAt = (articles: number, now: number, id: number) => now - (articles + 1 - id) * MINUTE;

const WORDS = [
  'harbor', 'budget', 'ferry', 'school', 'market', 'river', 'bridge', 'housing', 'transit', 'festival',
  'museum', 'library', 'storm', 'energy', 'water', 'clinic', 'stadium', 'tram', 'port', 'wind',
  'solar', 'fishing', 'garden', 'theatre', 'election', 'mayor', 'workers', 'startup', 'shipping', 'coast',
];
/** One word of WORDS picked by an SQL expression over the article number `n`. */
const word = (expr: string) => `json_extract('${JSON.stringify(WORDS)}', '$[' || ((${expr}) % ${WORDS.length}) || ']')`;
const counter = (to: number) => `with recursive seq(n) as (select 1 union all select n + 1 from seq where n < ${to})`;

/** Article n's status: the mix above, spread evenly over time. Trashed ones are 'published' with deleted_at. */
const STATUS = `case when n % 50 = 7 then 'draft' when n % 100 = 11 then 'scheduled' when n % 100 = 13 then 'unpublished' else 'published' end`;
const TRASHED = 'n % 50 = 19';
const BACKDATED = 'n % 50 = 3';

function statements(count: number, now: number): string[] {
  const otherTag = (expr: string) => `2 + (${expr}) % ${SCALE_TAGS - 1}`;
  return [
    `${counter(SCALE_SECTIONS)} insert into sections (id, slug, name, position) select n, 'section-' || n, 'Section ' || n, n from seq`,
    `${counter(SCALE_AUTHORS)} insert into authors (id, slug, name) select n, 'author-' || n, 'Author ' || n from seq`,
    `${counter(SCALE_TAGS)} insert into tags (id, slug, name) select n, iif(n = 1, 'news', 'tag-' || n), iif(n = 1, 'News', 'Tag ' || n) from seq`,
    `${counter(count)}, a as (select n, ${STATUS} as status, ${now} - (${count} + 1 - n + iif(${BACKDATED}, 5000, 0)) * ${MINUTE} as at from seq)
     insert into articles (id, slug, title, dek, body_text, body_html, status, published_at, scheduled_at, updated_at,
                           deleted_at, section_id, author_id, short_code, hero_image_url)
     select n, 'story-' || n,
            'Story ' || n || ': ' || ${word('n * 7')} || ' ' || ${word('n * 13 + 5')}
              || iif(n % 3 = 0, ' council', '') || iif(n % 200 = 0, ' lighthouse', ''),
            'About the ' || ${word('n * 3 + 1')} || ' and the ' || ${word('n * 11 + 2')} || '.',
            'n' || n || ' ' || ${word('n')} || ' ' || ${word('n * 17 + 3')} || ' ' || ${word('n * 19 + 4')} || ' report.',
            '<p>Story ' || n || '.</p>', status,
            iif(status in ('published', 'unpublished'), at, null),
            iif(status = 'scheduled', ${now} + n * ${MINUTE}, null),
            at + iif(n % 10 = 0, 30 * ${MINUTE}, 0),
            iif(status = 'published' and ${TRASHED}, at + ${MINUTE}, null),
            1 + n % ${SCALE_SECTIONS}, 1 + (n * 7) % ${SCALE_AUTHORS}, 'S' || substr('0000000' || n, -7),
            iif(n % 4 = 0, '/media/story-' || n || '.jpg', null)
     from a`,
    // listed_at is the publication time while the story is public, else null (as publishing keeps it).
    `insert or ignore into article_tags (article_id, tag_id, listed_at)
     select a.id, case k when 0 then iif(a.id % 5 = 0, 1, ${otherTag('a.id * 7')}) when 1 then ${otherTag('a.id * 31 + 1')} else ${otherTag('a.id * 97 + 2')} end,
            iif(a.status = 'published' and a.deleted_at is null, a.published_at, null)
     from articles a cross join (select 0 as k union all select 1 union all select 2)`,
    // Related stories are older ones (lower ids); some are drafts or trashed, which readers must not see.
    `insert into related_articles (article_id, related_id, position)
     select a.id, a.id - 1 - k * 3, k from articles a cross join (select 0 as k union all select 1)
     where a.id - 1 - k * 3 >= 1 and (k = 0 or a.id % 2 = 0)`,
    `insert into article_sources (article_id, position, name, url) select id, 0, 'Wire', 'https://wire.example/' || id from articles where id % 10 = 0`,
    `insert into slug_history (slug, article_id) select 'old-story-' || id, id from articles where id % 20 = 0`,
    `insert into revisions (article_id, revision, action, snapshot) select id, 1, 'seed', '{}' from articles`,
  ];
}

/** A public article of an archive of `articles` stories (at least 200) with tags, a source, related stories and an old slug. */
export function scaleSample(articles: number): ScaleArchive['sample'] {
  // A multiple of 100 in the middle of the archive: published, tagged `news`, not trashed.
  const id = Math.max(100, Math.floor(articles / 200) * 100);
  return {
    id,
    slug: `story-${id}`,
    oldSlug: `old-story-${id}`,
    shortCode: `S${String(id).padStart(7, '0')}`,
    section: `section-${1 + (id % SCALE_SECTIONS)}`,
    author: `author-${1 + ((id * 7) % SCALE_AUTHORS)}`,
    tag: 'news',
  };
}

/** Fills an empty, migrated database with `articles` stories (at least 200), in one batch. */
export async function seedScaleArchive(d1: D1Database, articles: number, now = Date.now()): Promise<ScaleArchive> {
  await d1.batch(statements(articles, now).map((text) => d1.prepare(text)));
  return { articles, now, sample: scaleSample(articles) };
}
