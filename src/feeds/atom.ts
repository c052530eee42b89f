/**
 * Atom 1.0 (RFC 4287): RFC 3339 timestamps, rel="self", HTML content escaped as text.
 * The feed-level author covers entries without a byline (Atom requires one either way).
 */
import { imageMimeType, type Feed } from './feed-model';
import { element, XML_DECLARATION, xmlEscape } from './xml';

const link = (rel: string, type: string, href: string) =>
  `<link rel="${rel}" type="${type}" href="${xmlEscape(href)}"/>`;

export function renderAtom(feed: Feed): string {
  const entries = feed.items.map((item) =>
    [
      `<entry xml:lang="${xmlEscape(item.language)}">`,
      element('id', item.url),
      element('title', item.title, ' type="text"'),
      link('alternate', 'text/html', item.url),
      item.image ? link('enclosure', imageMimeType(item.image.url), item.image.url) : '',
      element('published', item.published.toISOString()),
      element('updated', item.updated.toISOString()),
      item.author ? `<author>${element('name', item.author.name)}${element('uri', item.author.url)}</author>` : '',
      ...item.categories.map((name) => `<category term="${xmlEscape(name)}"/>`),
      element('summary', item.summary, ' type="text"'),
      `<content type="html">${xmlEscape(item.contentHtml)}</content>`,
      '</entry>',
    ].join(''),
  );
  return [
    XML_DECLARATION,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.language)}">`,
    element('id', feed.homeUrl),
    element('title', feed.title, ' type="text"'),
    element('subtitle', feed.description, ' type="text"'),
    element('updated', feed.updated.toISOString()),
    link('self', 'application/atom+xml', feed.self.atom),
    link('alternate', 'text/html', feed.homeUrl),
    `<author>${element('name', feed.publisher)}</author>`,
    element('icon', feed.faviconUrl),
    element('logo', feed.iconUrl),
    ...entries,
    '</feed>',
  ].join('\n');
}
