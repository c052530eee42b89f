/**
 * The newsroom's data model. Every schema change starts here and reaches D1 only through
 * `npm run db:generate` (drizzle-kit) -> `migrations/` -> `wrangler d1 migrations apply`.
 *
 * Times are integer milliseconds since the epoch (`timestamp_ms`): they sort and compare
 * cheaply in indexes, and every listing pages by (published_at, id) keysets.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' }).notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

export const ARTICLE_STATUSES = ['draft', 'scheduled', 'published', 'unpublished'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
export const TOKEN_ROLES = ['contributor', 'editor', 'admin'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];
/**
 * Ids per article sitemap page (the sitemap protocol's limit of URLs per file): page n holds
 * ids in ((n-1)*size, n*size]. Part of articles_sitemap_page_idx, so changing it needs a migration.
 */
export const SITEMAP_PAGE_SIZE = 50_000;

export const authors = sqliteTable('authors', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  bio: text('bio').notNull().default(''),
  avatarUrl: text('avatar_url'),
  createdAt: createdAt(),
});

export const sections = sqliteTable('sections', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  position: integer('position').notNull().default(0),
  createdAt: createdAt(),
});

export const tags = sqliteTable('tags', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    dek: text('dek').notNull().default(''),
    bodySource: text('body_source').notNull().default(''),
    bodyFormat: text('body_format', { enum: ['markdown', 'html'] }).notNull().default('markdown'),
    /** Sanitized HTML, rendered on write; readers never see `body_source`. */
    bodyHtml: text('body_html').notNull().default(''),
    /** Plain text of the body, for the search index and descriptions. */
    bodyText: text('body_text').notNull().default(''),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('draft'),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    scheduledAt: integer('scheduled_at', { mode: 'timestamp_ms' }),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    createdAt: createdAt(),
    /** Set when the article is in the trash; restored by clearing it. */
    deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
    language: text('language').notNull().default('en'),
    heroImageUrl: text('hero_image_url'),
    heroImageAlt: text('hero_image_alt'),
    heroImageCaption: text('hero_image_caption'),
    heroImageCredit: text('hero_image_credit'),
    /** The media library image (src/db/schema-media.ts) the lead image shows; null for none or an external URL. */
    heroMediaId: text('hero_media_id'),
    sectionId: integer('section_id').notNull().references(() => sections.id),
    authorId: integer('author_id').references(() => authors.id),
    /** Canonical URL of an original elsewhere (syndicated copy); null means our own URL. */
    canonicalUrl: text('canonical_url'),
    /** Random short-link code; never derived from the id, so drafts cannot be guessed. */
    shortCode: text('short_code').notNull(),
    /** Bumped on every change: the base of the article's ETag. */
    revision: integer('revision').notNull().default(1),
    createdByTokenId: integer('created_by_token_id'),
    /** Live coverage is open: entries are being posted (docs/live.md). */
    live: integer('live', { mode: 'boolean' }).notNull().default(false),
    /** Epoch ms when live coverage first opened (null: not a live story); plain numbers, as in ArticleState. */
    coverageStartedAt: integer('coverage_started_at'),
    /** Epoch ms when live coverage last closed; null while open. */
    coverageEndedAt: integer('coverage_ended_at'),
    /**
     * Epoch ms of the last significant change after publication (a non-minor save of a
     * published story, or a note added; docs/corrections.md): what readers see as "Updated",
     * dateModified and the feeds' updated dates. Null until then. Plain numbers, as in ArticleState.
     */
    significantUpdatedAt: integer('significant_updated_at'),
  },
  (t) => [
    // Drafts reserve no slug (WordPress does the same): two drafts may share one, and the
    // article that is scheduled or published first keeps it (publishing/slugs.ts). Once an
    // article is scheduled or has been public, its slug is unique.
    index('articles_slug_idx').on(t.slug),
    uniqueIndex('articles_reserved_slug_unique').on(t.slug).where(sql`status <> 'draft'`),
    uniqueIndex('articles_short_code_unique').on(t.shortCode),
    index('articles_status_published_idx').on(t.status, t.publishedAt, t.id),
    index('articles_section_published_idx').on(t.sectionId, t.status, t.publishedAt, t.id),
    index('articles_author_published_idx').on(t.authorId, t.status, t.publishedAt, t.id),
    index('articles_scheduled_idx').on(t.status, t.scheduledAt),
    index('articles_updated_idx').on(t.updatedAt, t.id),
    // A contributor's own stories, newest change first (newsroom Stories list, editor API list): migration 0014.
    index('articles_created_by_idx').on(t.createdByTokenId, t.updatedAt, t.id),
    // Sitemaps (queries/sitemaps): public articles by sitemap page, newest change first, with
    // what an entry shows, so the sitemap index is one seek per page (its newest change) and a
    // page is one range of this index instead of the wide rows. Partial: public articles only;
    // status and deleted_at are repeated so that the index covers the queries' isPublic() test.
    index('articles_sitemap_page_idx')
      .on(
        sql`(${t.id} - 1) / ${sql.raw(String(SITEMAP_PAGE_SIZE))}`,
        t.updatedAt,
        t.slug,
        t.canonicalUrl,
        t.heroImageUrl,
        t.status,
        t.deletedAt,
      )
      .where(sql`status = 'published' and deleted_at is null`),
  ],
);

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id').notNull().references(() => tags.id, { onDelete: 'cascade' }),
    /**
     * The article's published_at while it is publicly listed, else null. Kept in step by the
     * publishing code path so tag pages page through one index instead of sorting a join.
     */
    listedAt: integer('listed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.tagId] }),
    index('article_tags_listing_idx').on(t.tagId, t.listedAt, t.articleId),
  ],
);

/** Outlets a story is based on ("based on reporting by Financial Times"). */
export const articleSources = sqliteTable(
  'article_sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    url: text('url').notNull(),
  },
  (t) => [index('article_sources_article_idx').on(t.articleId, t.position)],
);

/** "Previously reported": ordered links from one article to earlier ones. */
export const relatedArticles = sqliteTable(
  'related_articles',
  {
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    relatedId: integer('related_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.relatedId] }),
    index('related_articles_order_idx').on(t.articleId, t.position),
    // The reverse of "previously reported": whose pages show this story (article-render stale marking).
    index('related_articles_related_idx').on(t.relatedId),
  ],
);

/** A full snapshot of the article after each change: nothing an editor saved is lost. */
export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    action: text('action').notNull(),
    snapshot: text('snapshot', { mode: 'json' }).notNull(),
    /**
     * True once the snapshot was thinned to its metadata (title, slug, status): only the
     * newest revisions keep full snapshots (publishing/revision-retention.ts).
     */
    compacted: integer('compacted', { mode: 'boolean' }).notNull().default(false),
    tokenId: integer('token_id'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('revisions_article_revision_unique').on(t.articleId, t.revision)],
);

/** Old slugs keep working: they 301 to the article's current URL. */
export const slugHistory = sqliteTable('slug_history', {
  slug: text('slug').primaryKey(),
  articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

/** Editor API tokens. Only the SHA-256 of the secret is stored. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    role: text('role', { enum: TOKEN_ROLES }).notNull(),
    tokenHash: text('token_hash').notNull(),
    /** First characters of the token, to recognise it in listings without revealing it. */
    tokenPrefix: text('token_prefix').notNull(),
    authorId: integer('author_id').references(() => authors.id),
    createdAt: createdAt(),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    /** The newsroom person (schema-newsroom) the token belongs to, if any. */
    personId: integer('person_id'),
  },
  (t) => [uniqueIndex('api_tokens_hash_unique').on(t.tokenHash)],
);

/** Share clicks per article, network and UTC day; incremented atomically with upserts. */
export const shareClicks = sqliteTable(
  'share_clicks',
  {
    articleId: integer('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
    network: text('network').notNull(),
    day: text('day').notNull(),
    count: integer('count').notNull().default(0),
  },
  // share_clicks_day_idx: the newsroom's "most shared in 30 days" reads one range of days.
  (t) => [primaryKey({ columns: [t.articleId, t.network, t.day] }), index('share_clicks_day_idx').on(t.day, t.articleId, t.count)],
);

/**
 * Readers whose click was already counted today, as a salted hash (no address is stored):
 * a script looping a share link counts once per article and day. Pruned after two days.
 */
export const shareClickVisitors = sqliteTable(
  'share_click_visitors',
  {
    day: text('day').notNull(),
    visitor: text('visitor').notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.visitor] })],
);

/** One random salt per UTC day for share_click_visitors; deleted with that day's rows. */
export const dailySalts = sqliteTable('daily_salts', {
  day: text('day').primaryKey(),
  salt: text('salt').notNull(),
});

/** Who did what, when: every publish, update, unpublish and delete. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: createdAt(),
    tokenId: integer('token_id'),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    articleId: integer('article_id'),
    details: text('details', { mode: 'json' }),
  },
  // The newsroom's audit log filters by story, person (their tokens) or action, newest first.
  (t) => [index('audit_log_article_idx').on(t.articleId, t.at), index('audit_log_token_idx').on(t.tokenId, t.id), index('audit_log_action_idx').on(t.action, t.id)],
);

/** Stored responses of create/publish calls, so a retried request is answered, not redone. */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    key: text('key').notNull(),
    tokenId: integer('token_id').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    responseBody: text('response_body').notNull(),
    createdAt: createdAt(),
  },
  // created_at: the cron forgets answered keys after a day and takes over dead reservations.
  (t) => [primaryKey({ columns: [t.tokenId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);

/**
 * Which cached URL carries which cache tag. The Cache API cannot purge by tag, so the edge
 * cache writes these rows on a miss and a purge looks the URLs up here (edge-cache/store).
 */
export const cacheEntries = sqliteTable(
  'cache_entries',
  {
    tag: text('tag').notNull(),
    url: text('url').notNull(),
    /** When the stored copy leaves the Cache API anyway; older rows are pruned. */
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tag, t.url] }), index('cache_entries_url_idx').on(t.url)],
);

/**
 * The purge outbox: every write inserts the cache tags it invalidates in the same D1 batch as
 * the change, so a purge cannot be lost between the write and the cache. The purge runs right
 * after the write; what failed (or never ran: the isolate died) is retried by the cron.
 */
export const purgeOutbox = sqliteTable(
  'purge_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
    /** What caused it, for the editor's view of pending purges ("article 42 publish"). */
    reason: text('reason').notNull(),
    createdAt: createdAt(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** Set when every purge mechanism succeeded; null while pending. */
    doneAt: integer('done_at', { mode: 'timestamp_ms' }),
    /**
     * When to purge the same tags once more: a miss right after the purge may have read a
     * read replica that had not seen the write yet, and stored what it read. Null once done.
     */
    followUpAt: integer('follow_up_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('purge_outbox_pending_idx').on(t.doneAt, t.id), index('purge_outbox_follow_up_idx').on(t.followUpAt)],
);

/** Last purge per tag, so a response rendered before a purge is not stored after it. */
export const cachePurges = sqliteTable('cache_purges', {
  tag: text('tag').primaryKey(),
  purgedAt: integer('purged_at').notNull(),
});

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type Author = typeof authors.$inferSelect;
export type Section = typeof sections.$inferSelect;
export type Tag = typeof tags.$inferSelect;
export type ArticleSource = typeof articleSources.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
export * from './schema-webhooks';
export * from './schema-live';
export * from './schema-fronts';
export * from './schema-corrections';
export * from './schema-alerts';
export * from './schema-newsroom';
export * from './schema-media';
export * from './schema-article-media';
export * from './schema-presence';
export * from './schema-site';
export * from './schema-embeds';
export * from './schema-article-renders';
