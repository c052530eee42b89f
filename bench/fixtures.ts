/**
 * What the scenarios request, read from the seeded database before the server starts:
 * the newest public article (slug, short code), its section, and a word to search for.
 */
import { and, desc, eq, isNull } from 'drizzle-orm';
import { articles, sections } from '../src/db/schema';
import { getDb } from '../src/db/client';

export interface Fixtures {
  articleSlug: string;
  shortCode: string;
  sectionSlug: string;
  searchTerm: string;
  publicArticles: number;
}

/** Reads through the running server's own D1 binding (no second workerd needed). */
export async function readFixtures(d1: D1Database): Promise<Fixtures> {
  const db = getDb(d1);
  const isPublic = and(eq(articles.status, 'published'), isNull(articles.deletedAt));
  const [newest] = await db
    .select({ slug: articles.slug, shortCode: articles.shortCode, title: articles.title, section: sections.slug })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(isPublic)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(1);
  if (!newest) throw new Error('the bench database has no published article');
  const publicArticles = await db.$count(articles, isPublic);
  // The longest word of the title: present in the index, and selective.
  const searchTerm = newest.title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0] ?? 'harbor';
  return { articleSlug: newest.slug, shortCode: newest.shortCode, sectionSlug: newest.section, searchTerm, publicArticles };
}
