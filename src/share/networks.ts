/**
 * The networks readers can share an article to, and the intent URL each one expects.
 * Every URL is built with URL/URLSearchParams (or encodeURIComponent for mailto:), so a
 * headline with `&`, `#`, quotes or Polish letters can never break out of its parameter,
 * and the host of every target is a constant of this file.
 */

/** What is shared: the headline and the absolute URL the reader should land on. */
export interface SharedStory {
  title: string;
  url: string;
}

export interface ShareNetwork {
  /** Path segment of /share/:slug/:network, utm_source and share_clicks.network. */
  id: string;
  /** Visible label: the share bar says "Share on <label>". */
  label: string;
  /**
   * Builds the network's share intent. Null for Mastodon: there is no central server, so
   * the reader names theirs first (mastodon-instance.ts, views/mastodon-page).
   */
  intent: ((story: SharedStory) => string) | null;
}

/** An https intent URL on a fixed host with the given query parameters. */
function intentUrl(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

/** "Headline https://…": for networks that take a single text field. */
const textWithUrl = (story: SharedStory) => `${story.title} ${story.url}`;

/**
 * mailto: per RFC 6068. URLSearchParams would encode spaces as "+", which mail clients show
 * literally, so each value is percent-encoded on its own (spaces as %20, line breaks as %0D%0A).
 */
function mailtoUrl(story: SharedStory): string {
  const field = (name: string, value: string) => `${name}=${encodeURIComponent(value)}`;
  return `mailto:?${field('subject', story.title)}&${field('body', `${story.title}\r\n\r\n${story.url}`)}`;
}

/** The networks, in the order the share bar shows them. */
export const SHARE_NETWORKS: readonly ShareNetwork[] = [
  { id: 'x', label: 'X', intent: (s) => intentUrl('https://x.com/intent/post', { text: s.title, url: s.url }) },
  { id: 'linkedin', label: 'LinkedIn', intent: (s) => intentUrl('https://www.linkedin.com/sharing/share-offsite/', { url: s.url }) },
  { id: 'facebook', label: 'Facebook', intent: (s) => intentUrl('https://www.facebook.com/sharer/sharer.php', { u: s.url }) },
  { id: 'reddit', label: 'Reddit', intent: (s) => intentUrl('https://www.reddit.com/submit', { url: s.url, title: s.title }) },
  { id: 'bluesky', label: 'Bluesky', intent: (s) => intentUrl('https://bsky.app/intent/compose', { text: textWithUrl(s) }) },
  { id: 'mastodon', label: 'Mastodon', intent: null },
  { id: 'telegram', label: 'Telegram', intent: (s) => intentUrl('https://t.me/share/url', { url: s.url, text: s.title }) },
  { id: 'whatsapp', label: 'WhatsApp', intent: (s) => intentUrl('https://api.whatsapp.com/send', { text: textWithUrl(s) }) },
  { id: 'hackernews', label: 'Hacker News', intent: (s) => intentUrl('https://news.ycombinator.com/submitlink', { u: s.url, t: s.title }) },
  { id: 'email', label: 'Email', intent: mailtoUrl },
];

/** Old names that still work in share URLs. */
const ALIASES: Record<string, string> = { twitter: 'x' };

/** The network for a URL segment (case-insensitive, aliases resolved), or null. */
export function findShareNetwork(segment: string): ShareNetwork | null {
  const id = segment.toLowerCase();
  const resolved = ALIASES[id] ?? id;
  return SHARE_NETWORKS.find((network) => network.id === resolved) ?? null;
}

/** Network name under which short-link hits are counted. */
export const SHORT_LINK_NETWORK = 'short';

/** Every name share_clicks.network can hold, for count listings with zeros. */
export const COUNTED_NETWORKS: readonly string[] = [...SHARE_NETWORKS.map((n) => n.id), SHORT_LINK_NETWORK];

/**
 * The URL readers land on from a share: the article's canonical URL tagged with campaign
 * parameters (the edge cache ignores utm_* in its key, so tagged visits are still hits).
 */
export function campaignUrl(canonicalUrl: string, network: string): string {
  const url = new URL(canonicalUrl);
  url.searchParams.set('utm_source', network);
  url.searchParams.set('utm_medium', 'social');
  url.searchParams.set('utm_campaign', 'share');
  return url.href;
}
