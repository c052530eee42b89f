/** Where the feeds live: site-wide and per section, in RSS 2.0, Atom 1.0 and JSON Feed 1.1. */
export const FEED_TYPES = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
} as const;

export type FeedFormat = keyof typeof FEED_TYPES;
type FeedUrls = Record<FeedFormat, string>;

/** Route patterns of the per-section feeds (`:slug` is the section slug). */
export const sectionFeedRoutes: FeedUrls = {
  rss: '/sections/:slug/feed.xml',
  atom: '/sections/:slug/atom.xml',
  json: '/sections/:slug/feed.json',
};

export const feedPaths = {
  site: { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' } as FeedUrls,
  section: (slug: string): FeedUrls => ({
    rss: sectionFeedRoutes.rss.replace(':slug', encodeURIComponent(slug)),
    atom: sectionFeedRoutes.atom.replace(':slug', encodeURIComponent(slug)),
    json: sectionFeedRoutes.json.replace(':slug', encodeURIComponent(slug)),
  }),
};
