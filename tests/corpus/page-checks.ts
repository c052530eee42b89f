/**
 * Reading a served article page back against the corpus story it was made from. Each
 * check returns the problems it found (empty when the page is right), so a test over a
 * hundred stories can report every broken one at once instead of stopping at the first.
 */
import { expectationsOf } from './expectations';
import type { CorpusArticle } from './index';

/** How Hono's JSX escapes text and attribute values. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
  });
}

/** The text a reader sees in an HTML fragment, whitespace collapsed. */
export const textOf = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();

/** Texts of every `<tag>` element (not nested in itself) in `html`. */
export function elementTexts(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<(?:${tag})(?:\\s[^>]*)?>([\\s\\S]*?)</(?:${tag})>`, 'gi'))].map((m) => textOf(m[1]!));
}

/** `[href, text]` of every link in `html`, entities decoded. */
export function anchors(html: string): { href: string; text: string }[] {
  return [...html.matchAll(/<a\s[^>]*?href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi)].map((m) => ({ href: decodeEntities(m[1]!), text: textOf(m[2]!) }));
}

/** The rendered article body (`<div class="body">`), or null when the page has none. */
export const bodyOf = (html: string) => /<div class="body">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? null;

/** One of the blocks after the body ("sources", "previously", "topics"). */
export const blockOf = (html: string, id: string) =>
  new RegExp(`<section class="block" aria-labelledby="${id}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? null;

/** A URL in the form a browser would compare it (percent-encoding, default ports). */
export function normalUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** Site path of an article, as the app links it (non-ASCII slugs percent-encoded). */
export const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`;

export interface PageExpectation {
  article: CorpusArticle;
  /** The stories it follows up, as published: slug and headline, in order. */
  previously: { slug: string; title: string }[];
  edition: 'full' | 'lite';
}

/** Everything wrong with an article page (full or lite edition) for its corpus story. */
export function articlePageProblems(html: string, { article, previously, edition }: PageExpectation): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, message: string) => void (ok || problems.push(message));
  const lite = edition === 'lite';
  const internal = (path: string) => (lite ? `/lite${path}` : path);

  expect(html.includes(`<h1>${escapeHtml(article.title)}</h1>`), 'headline missing or not escaped in <h1>');
  expect(html.includes(`<title>${escapeHtml(article.title)} · `), 'headline missing from <title>');
  expect(!article.dek || html.includes(`<p class="dek">${escapeHtml(article.dek)}</p>`), 'dek missing');
  expect(new RegExp(`<html lang="${article.language}"`, 'i').test(html), `<html lang> is not ${article.language}`);

  const body = bodyOf(html);
  if (body === null) return [...problems, 'no article body'];
  const wanted = expectationsOf(article.body);
  const h2 = new Set(elementTexts(body, 'h2'));
  const h3 = new Set(elementTexts(body, 'h3'));
  for (const heading of wanted.headings) expect((heading.level === 2 ? h2 : h3).has(heading.text), `h${heading.level} missing: ${heading.text}`);
  const items = new Set(elementTexts(body, 'li'));
  for (const item of wanted.listItems) expect(items.has(item), `list item missing: ${item}`);
  const cells = new Set(elementTexts(body, 'td|th'));
  for (const cell of wanted.tableCells) expect(cells.has(cell), `table cell missing: ${cell}`);
  const quotes = elementTexts(body, 'blockquote');
  for (const quote of wanted.quotes) expect(quotes.some((q) => q.includes(quote)), `pull quote missing: ${quote.slice(0, 60)}`);
  const bodyLinks = anchors(body);
  const hrefs = new Set(bodyLinks.map((a) => normalUrl(a.href)));
  for (const link of wanted.links) expect(hrefs.has(normalUrl(link)), `link missing: ${link}`);
  for (const path of wanted.sitePaths) expect(hrefs.has(internal(path)), `site link missing: ${internal(path)}`);
  for (const a of bodyLinks) expect(!/^\s*javascript:/i.test(a.href), `unsafe link kept: ${a.href}`);
  const bodyText = textOf(body);
  for (const marker of wanted.footnotes) expect(bodyText.includes(marker), `footnote marker missing: ${marker}`);
  expect(!/(^|\n)\s*#{1,6} |\|\s*:?-{3,}|\*\*\S/.test(bodyText), 'raw Markdown left in the body');
  // The one script a lite page keeps is the breaking-news banner's (views/edition.ts).
  if (lite) expect(!/<(img|figure|script(?! data-alert-script=""))\b/i.test(html), 'lite page contains media or scripts');
  if (!lite) {
    // What search engines and social cards read: the same headline, whatever its characters.
    expect(html.includes(`<meta property="og:title" content="${escapeHtml(article.title)}"/>`), 'og:title is not the headline');
    const data = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => {
      try {
        return [JSON.parse(m[1]!) as Record<string, unknown>];
      } catch {
        problems.push('JSON-LD block is not valid JSON');
        return [];
      }
    });
    const news = data.find((d) => d['@type'] === 'NewsArticle');
    expect(news?.headline === article.title && news?.inLanguage === article.language, 'JSON-LD NewsArticle lacks the headline or language');
  }
  if (!lite && article.heroImage) {
    const hero = article.heroImage;
    expect(html.includes(`<img src="${escapeHtml(hero.url)}" alt="${escapeHtml(hero.alt)}"`), 'hero image missing');
  }

  const sources = blockOf(html, 'sources');
  if (article.sources.length === 0) expect(sources === null, 'sources block without sources');
  else if (sources === null) problems.push('sources block missing');
  else {
    const listed = anchors(sources).map((a) => ({ href: normalUrl(a.href), text: a.text }));
    for (const source of article.sources) {
      expect(listed.some((a) => a.href === normalUrl(source.url) && a.text === source.name), `source missing: ${source.name}`);
    }
  }

  const earlier = blockOf(html, 'previously');
  if (previously.length === 0) expect(earlier === null, '"previously reported" block without earlier stories');
  else if (earlier === null) problems.push('"previously reported" block missing');
  else {
    const links = anchors(earlier).map((a) => `${a.href} ${a.text}`);
    const expected = previously.map((p) => `${internal(articlePath(p.slug))} ${p.title}`);
    expect(JSON.stringify(links) === JSON.stringify(expected), `"previously reported" links are ${JSON.stringify(links)}, expected ${JSON.stringify(expected)}`);
  }
  return problems;
}
