/**
 * Every public URL the site has, in one place, so links, canonical tags, feeds, JSON `url`
 * fields and cache tags can never disagree about where a page lives.
 */
export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  section: (slug: string) => `/sections/${encodeURIComponent(slug)}`,
  tag: (slug: string) => `/tags/${encodeURIComponent(slug)}`,
  author: (slug: string) => `/authors/${encodeURIComponent(slug)}`,
  articleJson: (slug: string) => `/api/v1/articles/${encodeURIComponent(slug)}`,
  /** First-party share link: counts the click, then redirects to the network (routes/share). */
  share: (slug: string, network: string) => `/share/${encodeURIComponent(slug)}/${encodeURIComponent(network)}`,
  shortLink: (code: string) => `/s/${encodeURIComponent(code)}`,
  articleShares: (slug: string) => `/api/v1/articles/${encodeURIComponent(slug)}/shares`,
  /** oEmbed description of a page (routes/oembed), for `<link rel="alternate">` discovery. */
  oembed: (pageUrl: string) => `/oembed?${new URLSearchParams({ url: pageUrl, format: 'json' })}`,
};

/** The public alert resources (routes/alerts): the banner's JSON and the JSON Feed. */
export const alertPaths = { api: '/api/v1/alerts', feed: '/alerts.json' } as const;

/** Joins a site origin and a path; absolute inputs (an image on a CDN) pass through. */
export function absoluteUrl(origin: string, pathOrUrl: string): string {
  return new URL(pathOrUrl, origin.endsWith('/') ? origin : `${origin}/`).href;
}
