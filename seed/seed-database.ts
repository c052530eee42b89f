/**
 * Loads the sample newsroom (seed/content.ts) into a D1 database through Drizzle. Runs from
 * Node (npm run dev, via wrangler's platform proxy) and inside workerd (tests) alike.
 */
import { count } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { Db } from '../src/db/client';
import {
  articleSources,
  articleTags,
  articles,
  authors,
  relatedArticles,
  revisions,
  sections,
  tags,
} from '../src/db/schema';
import { renderBody } from '../src/content/body';
import { generateShortCode } from '../src/model/tokens';
import * as content from './content';

const HOUR = 3_600_000;

/** Runs statements in D1 batches (each batch is one implicit transaction). */
async function runBatched(db: Db, statements: BatchItem<'sqlite'>[], size = 50) {
  for (let i = 0; i < statements.length; i += size) {
    const chunk = statements.slice(i, i + size);
    if (chunk.length > 0) await db.batch(chunk as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]]);
  }
}

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(articles);
  return (row?.n ?? 0) === 0;
}

/** Inserts the sample content. Times are relative to `now`, so the seed always looks fresh. */
export async function seedDatabase(db: Db, now = Date.now(), data = content) {
  await runBatched(db, [
    ...data.sections.map((s, position) => db.insert(sections).values({ ...s, position })),
    ...data.authors.map((a) => db.insert(authors).values(a)),
    ...data.tags.map((t) => db.insert(tags).values(t)),
  ]);
  const idOf = <T extends { id: number; slug: string }>(rows: T[]) => new Map(rows.map((r) => [r.slug, r.id]));
  const sectionIds = idOf(await db.select({ id: sections.id, slug: sections.slug }).from(sections));
  const authorIds = idOf(await db.select({ id: authors.id, slug: authors.slug }).from(authors));
  const tagIds = idOf(await db.select({ id: tags.id, slug: tags.slug }).from(tags));

  const articleRows = data.articles.map((a) => {
    const body = renderBody(a.body, 'markdown');
    const publishedAt = a.status === 'published' ? new Date(now - (a.hoursAgo ?? 1) * HOUR) : null;
    const updatedAt = publishedAt ? new Date(now - (a.updatedHoursAgo ?? a.hoursAgo ?? 1) * HOUR) : new Date(now);
    return {
      slug: a.slug,
      title: a.title,
      dek: a.dek,
      bodySource: a.body,
      bodyFormat: 'markdown' as const,
      bodyHtml: body.html,
      bodyText: body.text,
      status: a.status,
      publishedAt,
      scheduledAt: a.status === 'scheduled' ? new Date(now + (a.scheduledInHours ?? 24) * HOUR) : null,
      updatedAt,
      // Stories "later updated" were changed significantly: readers see "Updated" (docs/corrections.md).
      significantUpdatedAt: publishedAt && a.updatedHoursAgo !== undefined ? updatedAt.getTime() : null,
      language: a.language,
      heroImageUrl: a.heroImage?.url ?? null,
      heroImageAlt: a.heroImage?.alt ?? null,
      heroImageCaption: a.heroImage?.caption ?? null,
      heroImageCredit: a.heroImage?.credit ?? null,
      sectionId: sectionIds.get(a.section)!,
      authorId: authorIds.get(a.author) ?? null,
      shortCode: generateShortCode(),
    };
  });
  await runBatched(db, articleRows.map((row) => db.insert(articles).values(row)), 20);
  const articleIds = idOf(await db.select({ id: articles.id, slug: articles.slug }).from(articles));

  const links: BatchItem<'sqlite'>[] = [];
  data.articles.forEach((a, i) => {
    const id = articleIds.get(a.slug)!;
    const row = articleRows[i]!;
    const listedAt = a.status === 'published' ? row.publishedAt : null;
    for (const tag of a.tags) links.push(db.insert(articleTags).values({ articleId: id, tagId: tagIds.get(tag)!, listedAt }));
    (a.sources ?? []).forEach((s, position) => links.push(db.insert(articleSources).values({ articleId: id, position, ...s })));
    (a.related ?? []).forEach((slug, position) =>
      links.push(db.insert(relatedArticles).values({ articleId: id, relatedId: articleIds.get(slug)!, position })),
    );
    links.push(
      db.insert(revisions).values({ articleId: id, revision: 1, action: 'seed', snapshot: { ...row, tags: a.tags } }),
    );
  });
  await runBatched(db, links);
  return { articles: data.articles.length, sections: data.sections.length, authors: data.authors.length };
}
