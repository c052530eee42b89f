/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): full HTML content plus summary. */
import type { Feed } from './feed-model';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

export function renderJsonFeed(feed: Feed) {
  return {
    version: JSON_FEED_VERSION,
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.self.json,
    description: feed.description,
    icon: feed.iconUrl,
    favicon: feed.faviconUrl,
    language: feed.language,
    authors: [{ name: feed.publisher }],
    items: feed.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: item.contentHtml,
      ...(item.image ? { image: item.image.url } : {}),
      date_published: item.published.toISOString(),
      date_modified: item.updated.toISOString(),
      ...(item.author ? { authors: [{ name: item.author.name, url: item.author.url }] } : {}),
      tags: item.categories,
      language: item.language,
    })),
  };
}
