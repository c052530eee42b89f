/**
 * One neutral model of a feed, built from the feed query: the RSS, Atom and JSON Feed
 * writers only differ in syntax, so what a feed says is decided here, once.
 */
import { SITE_LANGUAGE, uiStrings } from '../i18n';
import { embedCardsToLinks } from '../content/embeds';
import { significantTime } from '../model/article-view';
import { absoluteUrl, paths } from '../model/urls';
import type { FeedContent, FeedEntry } from '../queries/feeds';
import { feedPaths } from './feed-paths';
import { xmlEscape } from './xml';

export interface FeedItem {
  url: string;
  title: string;
  summary: string;
  contentHtml: string;
  language: string;
  published: Date;
  updated: Date;
  author: { name: string; url: string } | null;
  categories: string[];
  image: { url: string; alt: string } | null;
}

export interface Feed {
  title: string;
  description: string;
  homeUrl: string;
  language: string;
  /** Absolute URLs of this feed in each format; the writer picks its own as rel=self. */
  self: { rss: string; atom: string; json: string };
  iconUrl: string;
  faviconUrl: string;
  publisher: string;
  updated: Date;
  items: FeedItem[];
}

/** Makes root-relative links and images in a body absolute: feed readers have no base URL. */
export function absolutizeHtml(html: string, origin: string): string {
  const base = origin.replace(/\/$/, '');
  return html
    .replace(/(\s(?:href|src))="\/(?!\/)/g, `$1="${base}/`)
    // Responsive library images (views/picture): every candidate of a srcset is a site path.
    .replace(/(\ssrcset)="([^"]*)"/g, (_m, attr: string, list: string) => `${attr}="${list.replace(/(^|,\s*)\/(?!\/)/g, `$1${base}/`)}"`);
}

/** MIME type of a lead image by its extension, for RSS media:content and Atom enclosures. */
export function imageMimeType(url: string): string {
  const ext = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(url)?.[1]?.toLowerCase();
  return ({ jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif', svg: 'image/svg+xml' } as Record<string, string>)[ext ?? ''] ?? 'image/jpeg';
}

/** A story's notes after its body, each with its kind and date, as on the article page (docs/corrections.md). */
function notesHtml(entry: FeedEntry): string {
  if (entry.notes.length === 0) return '';
  const kinds = uiStrings(entry.language).corrections.kinds;
  const items = entry.notes.map((note) => `<li><strong>${xmlEscape(kinds[note.kind])}</strong> (${note.publishedAt.toISOString().slice(0, 10)}): ${note.textHtml}</li>`);
  return `<h2>${xmlEscape(uiStrings(entry.language).corrections.heading)}</h2><ul>${items.join('')}</ul>`;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The feed of `content` (site-wide or one section) for the site at `origin`. */
export function buildFeed(content: FeedContent, site: { name: string; origin: string }): Feed {
  const { section, entries } = content;
  const at = (path: string) => absoluteUrl(site.origin, path);
  const formats = section ? feedPaths.section(section.slug) : feedPaths.site;
  const items = entries.map((entry): FeedItem => {
    const image = entry.heroImageUrl ? { url: at(entry.heroImageUrl), alt: entry.heroImageAlt ?? '' } : null;
    const figure = image ? `<p><img src="${escapeAttribute(image.url)}" alt="${escapeAttribute(image.alt)}"></p>` : '';
    return {
      url: at(paths.article(entry.slug)),
      title: entry.title,
      summary: entry.dek,
      contentHtml: figure + absolutizeHtml(embedCardsToLinks(entry.bodyHtml) + notesHtml(entry), site.origin),
      language: entry.language,
      published: entry.publishedAt,
      updated: significantTime(entry),
      author: entry.authorSlug && entry.authorName ? { name: entry.authorName, url: at(paths.author(entry.authorSlug)) } : null,
      categories: [entry.sectionName, ...entry.tags.map((tag) => tag.name)],
      image,
    };
  });
  const newest = items.reduce<Date | null>((max, item) => (max && max > item.updated ? max : item.updated), null);
  return {
    title: section ? `${section.name} · ${site.name}` : site.name,
    description: section?.description || `The latest news from ${site.name}.`,
    homeUrl: at(section ? paths.section(section.slug) : paths.home()),
    language: SITE_LANGUAGE,
    self: { rss: at(formats.rss), atom: at(formats.atom), json: at(formats.json) },
    iconUrl: at('/icon-512.png'),
    faviconUrl: at('/icon-192.png'),
    publisher: site.name,
    // An empty feed reports the epoch rather than "now", so it stays byte-identical.
    updated: newest ?? new Date(0),
    items,
  };
}
