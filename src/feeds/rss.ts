/**
 * RSS 2.0 with the content module (full HTML in content:encoded) and an atom:link
 * rel="self", as feed validators expect. Dates are RFC 822 (`toUTCString`).
 */
import { imageMimeType, type Feed } from './feed-model';
import { cdata, element, XML_DECLARATION, xmlEscape } from './xml';

export function renderRss(feed: Feed): string {
  const items = feed.items.map((item) =>
    [
      '<item>',
      element('title', item.title),
      element('link', item.url),
      `<guid isPermaLink="true">${xmlEscape(item.url)}</guid>`,
      element('pubDate', item.published.toUTCString()),
      element('dc:creator', item.author?.name),
      ...item.categories.map((name) => element('category', name)),
      element('description', item.summary),
      `<content:encoded>${cdata(item.contentHtml)}</content:encoded>`,
      // The lead image for readers that show one (Media RSS; an enclosure would need its byte length).
      item.image ? `<media:content url="${xmlEscape(item.image.url)}" medium="image" type="${imageMimeType(item.image.url)}">${element('media:description', item.image.alt)}</media:content>` : '',
      '</item>',
    ].join(''),
  );
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.homeUrl),
    element('description', feed.description),
    element('language', feed.language),
    element('lastBuildDate', feed.updated.toUTCString()),
    `<atom:link href="${xmlEscape(feed.self.rss)}" rel="self" type="application/rss+xml"/>`,
    `<image>${element('url', feed.iconUrl)}${element('title', feed.title)}${element('link', feed.homeUrl)}</image>`,
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n');
}
