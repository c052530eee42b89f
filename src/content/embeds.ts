/**
 * Embeds: a bare link alone in its paragraph, to a provider of embed-providers, becomes a
 * static card (provider, link, "Load content from <provider>"). Nothing on the card loads
 * from the provider: the player or post loads only after the reader's click (views/
 * embed-script), in a sandboxed frame that the page's CSP admits (routes/articles).
 *
 * Cards are made AFTER the sanitizer, from the sanitizer's own serialization of a link:
 * the sanitizer never lets a <div> or a data-* attribute through, so every
 * `<div class="embed" ...>` in a stored body was written here, never pasted by an editor.
 * Each pass below is one regex scan with a literal prefix: linear in the body's size.
 */
import { detectEmbed, frameOrigin, type Embed } from './embed-providers';

export { detectEmbed, type Embed, type EmbedProvider } from './embed-providers';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeHtml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

// A paragraph holding one link and nothing else, as sanitizeHtml writes it ("rel" first).
const BARE_LINK = /<p>\s*<a rel="noopener noreferrer" href="([^"]*)">([^<]*)<\/a>\s*<\/p>/g;
// A card as cardHtml writes it (no <div> inside a card, so the first </div> ends it).
const CARD = /<div class="embed" data-provider="([a-z]+)" data-url="([^"]*)" data-frame="([^"]*)">[\s\S]*?<\/div>/g;

/** "https://youtu.be/x" and the link text "https://youtu.be/x ": the same address? */
function isItsOwnText(href: string, text: string): boolean {
  const written = URL.parse(unescapeHtml(text).trim());
  return written !== null && written.href === unescapeHtml(href);
}

/** What a provider's oEmbed endpoint told us about a card's link (content/embed-metadata). */
export interface EmbedMetadata {
  title: string | null;
  /** Our own URL of the thumbnail copied into R2, with its pixel size. */
  thumbnail: { src: string; width: number; height: number } | null;
}

/** The static card of an embed: the one place its markup is written. */
export function cardHtml(embed: Embed, metadata?: EmbedMetadata): string {
  const url = escapeHtml(embed.url);
  const name = escapeHtml(embed.name);
  const thumb = metadata?.thumbnail;
  return (
    `<div class="embed" data-provider="${embed.provider}" data-url="${url}" data-frame="${escapeHtml(embed.frame)}">` +
    (thumb ? `<img class="embed-thumb" src="${escapeHtml(thumb.src)}" alt="" width="${thumb.width}" height="${thumb.height}" loading="lazy" decoding="async">` : '') +
    `<p class="embed-provider">${name}</p>` +
    `<p class="embed-title"><a rel="noopener noreferrer" href="${url}">${metadata?.title ? escapeHtml(metadata.title) : url}</a></p>` +
    `<p class="embed-action"><a class="embed-load" rel="noopener noreferrer" href="${url}">Load content from ${name}</a></p>` +
    `</div>`
  );
}

/** The canonical links of a stored body's cards, in order, each once. */
export function embedUrls(html: string): string[] {
  if (!html.includes('<div class="embed"')) return [];
  return [...new Set(Array.from(html.matchAll(CARD), (m) => unescapeHtml(m[2]!)))];
}

/** The embeds of a stored body's cards, as detectEmbed reads their canonical links. */
export const embedsOf = (html: string): Embed[] => embedUrls(html).flatMap((url) => detectEmbed(url) ?? []);

/**
 * A stored body with the title and thumbnail of each card whose metadata has arrived, at
 * render time: the stored body never changes when a provider answers, the page is purged.
 */
export function withEmbedMetadata(html: string, metadata: ReadonlyMap<string, EmbedMetadata>): string {
  if (metadata.size === 0) return html;
  return html.replace(CARD, (card, _provider: string, url: string) => {
    const known = metadata.get(unescapeHtml(url));
    const embed = known ? detectEmbed(unescapeHtml(url)) : null;
    return embed && known ? cardHtml(embed, known) : card;
  });
}

/** The paragraph a card stands for in the lite edition and feeds: the plain link. */
export const plainLinkHtml = (url: string) => `<p><a rel="noopener noreferrer" href="${url}">${url}</a></p>`;

/** Turns every bare provider link of a sanitized body into its card. */
export function withEmbedCards(sanitizedHtml: string): string {
  if (!sanitizedHtml.includes('<p>')) return sanitizedHtml;
  return sanitizedHtml.replace(BARE_LINK, (paragraph, href: string, text: string) => {
    if (!isItsOwnText(href, text)) return paragraph;
    const embed = detectEmbed(unescapeHtml(href));
    return embed ? cardHtml(embed) : paragraph;
  });
}

/** A stored body with each card back to its plain link (feeds: readers there run no scripts). */
export function embedCardsToLinks(html: string): string {
  if (!html.includes('<div class="embed"')) return html;
  return html.replace(CARD, (_card, _provider: string, url: string) => plainLinkHtml(url));
}

/**
 * The origins the cards of a stored body may frame, for the page's CSP frame-src. Each is
 * checked against its provider again, so a card could never widen the CSP to another host.
 */
export function embedFrameOrigins(html: string): string[] {
  if (!html.includes('<div class="embed"')) return [];
  const origins = new Set<string>();
  for (const [, provider, , frame] of html.matchAll(CARD)) {
    const origin = frameOrigin(provider!, unescapeHtml(frame!));
    if (origin) origins.add(origin);
  }
  return [...origins].sort();
}
