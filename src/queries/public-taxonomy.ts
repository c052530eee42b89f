/**
 * When readers may see a tag or an author: only once a public story uses it. A tag or an
 * author created for an unpublished story (an embargoed one, say) is as secret as the
 * story's headline, so every reader query asks these conditions and answers exactly as if
 * the row did not exist. Editors read the tables directly and see everything.
 *
 * Both are correlated EXISTS conditions for a WHERE clause: they stop at the first public
 * story and are shaped so that SQLite has one sensible plan whatever its statistics
 * (checked on a large table in tests/worker/taxonomy-visibility-plans.test.ts).
 */
import { and, eq, exists, isNotNull, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articleTags, articles, authors, tags } from '../db/schema';
import { isPublic } from './articles';

const one = { one: sql`1` };

/**
 * True when at least one public story carries the tag `tagId` (a column or subquery).
 * Reads article_tags(tag_id, listed_at, article_id) from the first listed row on, then
 * re-checks that row's article by primary key with `isPublic()`. The article check is a
 * nested EXISTS rather than a join, which leaves the planner no join order to choose: it
 * cannot turn the loop around and walk every published article looking for the tag.
 */
export function hasPublicStoryTagged(db: Db, tagId: SQL | SQLWrapper): SQL {
  const publicArticle = db.select(one).from(articles).where(and(eq(articles.id, articleTags.articleId), isPublic()));
  return exists(
    db
      .select(one)
      .from(articleTags)
      .where(and(sql`${articleTags.tagId} = ${tagId}`, isNotNull(articleTags.listedAt), exists(publicArticle))),
  );
}

/**
 * True when at least one public story credits the author `authorId` (a column or
 * subquery). Two equalities, author_id and status, make
 * articles(author_id, status, published_at, id) the index to read.
 */
export function hasPublicStoryBy(db: Db, authorId: SQL | SQLWrapper): SQL {
  return exists(db.select(one).from(articles).where(and(sql`${articles.authorId} = ${authorId}`, isPublic())));
}

/** Id of the tag `slug` if a public story carries it, as a subquery; no row otherwise. */
export const publicTagIdBySlug = (db: Db, slug: string) =>
  db.select({ id: tags.id }).from(tags).where(and(eq(tags.slug, slug), hasPublicStoryTagged(db, tags.id)));

/** Id of the author `slug` if a public story credits them, as a subquery; no row otherwise. */
export const publicAuthorIdBySlug = (db: Db, slug: string) =>
  db.select({ id: authors.id }).from(authors).where(and(eq(authors.slug, slug), hasPublicStoryBy(db, authors.id)));
