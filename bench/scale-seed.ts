/**
 * Synthetic articles for scale runs, generated inside SQLite: each chunk is one
 * `INSERT ... SELECT` over a recursive counter, so 100,000 articles take a few dozen
 * statements, each binding four parameters (well under D1's limit of 100). The FTS
 * triggers index them like any published article; article_tags rows carry listed_at.
 * Idempotent: it tops the synthetic set up to `count` (slugs `scale-<n>-...`).
 */

// Plain words, so searches for any of them match many articles.
export const SCALE_WORDS: readonly string[] = [
  'harbor', 'council', 'budget', 'ferry', 'school', 'market', 'river', 'bridge', 'housing', 'transit',
  'festival', 'museum', 'library', 'storm', 'energy', 'water', 'clinic', 'stadium', 'tram', 'port',
  'wind', 'solar', 'fishing', 'garden', 'theatre', 'election', 'mayor', 'workers', 'startup', 'shipping',
  'coast', 'island', 'rail', 'airport', 'hospital', 'police', 'court', 'tax', 'rent', 'climate',
  'flood', 'park', 'cycling', 'marathon', 'orchestra', 'bakery', 'canal', 'lighthouse', 'tunnel', 'forest',
  'science', 'research', 'students', 'teachers', 'nurses', 'farmers', 'drivers', 'sailors', 'artists', 'volunteers',
  'plan', 'vote', 'report', 'review',
];

const CHUNK = 5_000;
const MINUTE = 60_000;

/** Number of synthetic articles already present. */
export async function countScaleArticles(d1: D1Database): Promise<number> {
  const row = await d1.prepare("SELECT count(*) AS n FROM articles WHERE slug LIKE 'scale-%'").first<{ n: number }>();
  return row?.n ?? 0;
}

/**
 * Tops the synthetic articles up to `count`; needs sections, authors and tags (the sample
 * seed). Article n is published n minutes before `now`, so new ones sort oldest.
 */
export async function seedScaleArticles(d1: D1Database, count: number, now = Date.now(), progress?: (done: number) => void): Promise<number> {
  const words = JSON.stringify(SCALE_WORDS);
  const w = (multiplier: number, offset: number) => `json_extract(?4, '$[' || ((seq.n * ${multiplier} + ${offset}) % ${SCALE_WORDS.length}) || ']')`;
  const sentence = (m: number) => [w(m, 1), w(m + 6, 3), w(m + 12, 5), w(m + 18, 7), w(m + 24, 11), w(m + 30, 13)].join(" || ' ' || ");
  const body = [sentence(3), sentence(5), sentence(7), sentence(11), sentence(13), sentence(17)].join(" || '. ' || ") + " || '.'";
  const insertArticles = `
    WITH RECURSIVE seq(n) AS (SELECT CAST(?1 AS INTEGER) UNION ALL SELECT n + 1 FROM seq WHERE n < CAST(?2 AS INTEGER)),
      secs AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM sections),
      auths AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM authors)
    INSERT INTO articles (slug, title, dek, body_source, body_format, body_html, body_text, status, published_at,
      updated_at, language, section_id, author_id, short_code, revision)
    SELECT
      'scale-' || seq.n || '-' || ${w(1, 0)},
      'Scale story ' || seq.n || ': ' || ${w(1, 0)} || ' ' || ${w(7, 2)} || ' ' || ${w(13, 4)},
      'A synthetic article about the ' || ${w(1, 0)} || ' and the ' || ${w(17, 9)} || ', generated for scale measurements.',
      ${body}, 'markdown', '<p>' || ${body} || '</p>', ${body}, 'published',
      CAST(?3 AS INTEGER) - seq.n * ${MINUTE}, CAST(?3 AS INTEGER) - seq.n * ${MINUTE}, 'en', secs.id, auths.id,
      'Z' || substr('0000000' || seq.n, -7), 1
    FROM seq
    JOIN secs ON secs.k = seq.n % (SELECT count(*) FROM sections)
    JOIN auths ON auths.k = seq.n % (SELECT count(*) FROM authors)`;
  // Two tags per article, listed at the article's publication time.
  const insertTags = `
    WITH tagk AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM tags),
      fresh AS (SELECT id, published_at, CAST(substr(slug, 7, instr(substr(slug, 7), '-') - 1) AS INTEGER) AS n
                FROM articles WHERE slug LIKE 'scale-%' AND id > CAST(?1 AS INTEGER))
    INSERT OR IGNORE INTO article_tags (article_id, tag_id, listed_at)
    SELECT fresh.id, tagk.id, fresh.published_at FROM fresh
    JOIN tagk ON tagk.k IN (fresh.n % (SELECT count(*) FROM tags), (fresh.n + 7) % (SELECT count(*) FROM tags))`;

  let done = await countScaleArticles(d1);
  while (done < count) {
    const last = Math.min(count, done + CHUNK);
    const before = await d1.prepare('SELECT coalesce(max(id), 0) AS id FROM articles').first<{ id: number }>();
    await d1.batch([
      d1.prepare(insertArticles).bind(done + 1, last, now, words),
      d1.prepare(insertTags).bind(before?.id ?? 0),
    ]);
    done = last;
    progress?.(done);
  }
  return done;
}
