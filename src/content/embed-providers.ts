/**
 * The providers whose links become embeds, and how to read each one's links. Strict on
 * purpose: https only, exact host names, ids by pattern; anything else stays a plain link.
 * An embed keeps only what identifies the content: its canonical link and its player URL
 * are rebuilt from the id, so tracking parameters (si, utm_*, igsh, feature...) are dropped.
 */

export type EmbedProvider =
  | 'youtube' | 'vimeo' | 'x' | 'bluesky' | 'mastodon' | 'instagram' | 'tiktok' | 'spotify' | 'soundcloud' | 'maps';

export interface Embed {
  provider: EmbedProvider;
  /** The provider's name as readers know it: "YouTube", "Bluesky", "Mastodon"... */
  name: string;
  /** The canonical link to the content on the provider's site (what feeds and lite show). */
  url: string;
  /** The player or post page that loads in the sandboxed frame after the reader's click. */
  frame: string;
}

/** Each provider's name as readers know it. */
export const PROVIDER_NAMES: Record<EmbedProvider, string> = {
  youtube: 'YouTube', vimeo: 'Vimeo', x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon', instagram: 'Instagram',
  tiktok: 'TikTok', spotify: 'Spotify', soundcloud: 'SoundCloud', maps: 'Google Maps',
};

/** Providers with one fixed frame origin; a Mastodon post plays from its own server. */
export const FRAME_ORIGINS: Record<Exclude<EmbedProvider, 'mastodon'>, string> = {
  youtube: 'https://www.youtube-nocookie.com', // YouTube's privacy-enhanced mode
  vimeo: 'https://player.vimeo.com',
  x: 'https://platform.twitter.com',
  bluesky: 'https://embed.bsky.app',
  instagram: 'https://www.instagram.com',
  tiktok: 'https://www.tiktok.com',
  spotify: 'https://open.spotify.com',
  soundcloud: 'https://w.soundcloud.com',
  maps: 'https://www.google.com',
};

const YOUTUBE_ID = /^[\w-]{11}$/;
const DIGITS = /^\d{1,20}$/;
const X_USER = /^\w{1,15}$/;
const BLUESKY_ACTOR = /^(?:did:plc:[a-z2-7]{24}|did:web:[a-z0-9.-]{1,253}|(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9])$/i;
const BLUESKY_RKEY = /^[a-z2-7]{13}$/;
const INSTAGRAM_ID = /^[\w-]{5,40}$/;
const TIKTOK_USER = /^@[\w.]{1,24}$/;
const SPOTIFY_KIND = /^(?:track|album|playlist|episode|show)$/;
const SPOTIFY_ID = /^[A-Za-z0-9]{22}$/;
const SPOTIFY_LOCALE = /^intl-[a-z]{2}(?:-[a-z]{2})?$/i;
const SLUG = /^[\w-]{1,100}$/;
const MASTODON_USER = /^@\w{1,30}$/;
// A public DNS name: letters, digits and hyphens in labels, a dot, a letter-led top-level label.
const HOST_NAME = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
const COORDINATES = /^@(-?\d{1,2}(?:\.\d{1,10})?),(-?\d{1,3}(?:\.\d{1,10})?)(?:,[\d.]{1,8}[zm])?$/;

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com']);
const X_HOSTS = new Set(['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com', 'mobile.x.com']);
const SOUNDCLOUD_HOSTS = new Set(['soundcloud.com', 'www.soundcloud.com', 'm.soundcloud.com']);
const MAPS_HOSTS = new Set(['www.google.com', 'google.com', 'maps.google.com']);
// Paths of soundcloud.com that are pages of the site, not a user's tracks.
const SOUNDCLOUD_RESERVED = new Set(['discover', 'search', 'stream', 'you', 'upload', 'charts', 'pages', 'settings', 'messages', 'notifications', 'mobile', 'terms-of-use']);
// Hosts handled above (or our own kind of URL): never read as a Mastodon server.
const NOT_MASTODON = new Set([...YOUTUBE_HOSTS, ...X_HOSTS, ...SOUNDCLOUD_HOSTS, ...MAPS_HOSTS, 'youtu.be', 'vimeo.com', 'www.vimeo.com', 'bsky.app', 'instagram.com', 'www.instagram.com', 'www.tiktok.com', 'tiktok.com', 'open.spotify.com', 'medium.com']);

const youtube = (id: string | null | undefined): Embed | null =>
  id && YOUTUBE_ID.test(id)
    ? { provider: 'youtube', name: 'YouTube', url: `https://www.youtube.com/watch?v=${id}`, frame: `${FRAME_ORIGINS.youtube}/embed/${id}` }
    : null;

function maps(query: string): Embed | null {
  const q = query.replace(/\+/g, ' ').trim();
  if (q === '' || q.length > 200) return null;
  const encoded = encodeURIComponent(q);
  return { provider: 'maps', name: 'Google Maps', url: `https://www.google.com/maps/search/?api=1&query=${encoded}`, frame: `${FRAME_ORIGINS.maps}/maps?output=embed&q=${encoded}` };
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null; // a malformed %-escape: not a place name we can show
  }
}

/** The embed a link stands for, or null when it is not one of ours (it stays a link). */
export function detectEmbed(href: string): Embed | null {
  if (href.length > 2048) return null;
  const url = URL.parse(href);
  if (!url || url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '') return null;
  const host = url.hostname;
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts.length > 6) return null;
  const [a, b, c, d] = parts;
  const size = parts.length;

  if (YOUTUBE_HOSTS.has(host)) {
    if (size === 1 && a === 'watch') return youtube(url.searchParams.get('v'));
    if (size === 2 && (a === 'shorts' || a === 'live')) return youtube(b);
    return null;
  }
  if (host === 'youtu.be') return size === 1 ? youtube(a) : null;
  if (host === 'vimeo.com' || host === 'www.vimeo.com') {
    if (!a || !DIGITS.test(a) || size > 2 || (b && !/^[0-9a-f]{10}$/.test(b))) return null;
    return { provider: 'vimeo', name: 'Vimeo', url: `https://vimeo.com/${a}${b ? `/${b}` : ''}`, frame: `${FRAME_ORIGINS.vimeo}/video/${a}?dnt=1${b ? `&h=${b}` : ''}` };
  }
  if (X_HOSTS.has(host)) {
    if (size !== 3 || !X_USER.test(a!) || b !== 'status' || !DIGITS.test(c!)) return null;
    return { provider: 'x', name: 'X', url: `https://x.com/${a}/status/${c}`, frame: `${FRAME_ORIGINS.x}/embed/Tweet.html?id=${c}&dnt=true` };
  }
  if (host === 'bsky.app') {
    if (size !== 4 || a !== 'profile' || !BLUESKY_ACTOR.test(b!) || c !== 'post' || !BLUESKY_RKEY.test(d!)) return null;
    return { provider: 'bluesky', name: 'Bluesky', url: `https://bsky.app/profile/${b}/post/${d}`, frame: `${FRAME_ORIGINS.bluesky}/embed/${b}/app.bsky.feed.post/${d}` };
  }
  if (host === 'instagram.com' || host === 'www.instagram.com') {
    if (size !== 2 || (a !== 'p' && a !== 'reel') || !INSTAGRAM_ID.test(b!)) return null;
    return { provider: 'instagram', name: 'Instagram', url: `https://www.instagram.com/${a}/${b}/`, frame: `${FRAME_ORIGINS.instagram}/${a}/${b}/embed/` };
  }
  if (host === 'www.tiktok.com' || host === 'tiktok.com') {
    if (size !== 3 || !TIKTOK_USER.test(a!) || b !== 'video' || !DIGITS.test(c!)) return null;
    return { provider: 'tiktok', name: 'TikTok', url: `https://www.tiktok.com/${a}/video/${c}`, frame: `${FRAME_ORIGINS.tiktok}/embed/v2/${c}` };
  }
  if (host === 'open.spotify.com') {
    const [kind, id] = a && SPOTIFY_LOCALE.test(a) ? [b, c] : [a, b];
    if (size !== (kind === a ? 2 : 3) || !SPOTIFY_KIND.test(kind!) || !SPOTIFY_ID.test(id!)) return null;
    return { provider: 'spotify', name: 'Spotify', url: `https://open.spotify.com/${kind}/${id}`, frame: `${FRAME_ORIGINS.spotify}/embed/${kind}/${id}` };
  }
  if (SOUNDCLOUD_HOSTS.has(host)) {
    const track = size === 2 ? [a, b] : size === 3 && b === 'sets' ? [a, b, c] : null;
    if (!track || !track.every((part) => SLUG.test(part!)) || SOUNDCLOUD_RESERVED.has(a!)) return null;
    const canonical = `https://soundcloud.com/${track.join('/')}`;
    return { provider: 'soundcloud', name: 'SoundCloud', url: canonical, frame: `${FRAME_ORIGINS.soundcloud}/player/?url=${encodeURIComponent(canonical)}` };
  }
  if (MAPS_HOSTS.has(host)) {
    if (a !== 'maps') return null;
    if (b === 'place' || b === 'search') {
      const place = c ? safeDecode(c) : url.searchParams.get('query');
      return place ? maps(place) : null;
    }
    const at = b ? COORDINATES.exec(b) : null;
    if (at) return maps(`${at[1]},${at[2]}`);
    const q = url.searchParams.get('q') ?? url.searchParams.get('query');
    return size === 1 && q ? maps(q) : null;
  }
  // Mastodon: https://<any server>/@user/123456 (the local form of a post's address).
  if (size === 2 && MASTODON_USER.test(a!) && DIGITS.test(b!) && HOST_NAME.test(host) && !NOT_MASTODON.has(host)) {
    return { provider: 'mastodon', name: 'Mastodon', url: `https://${host}/${a}/${b}`, frame: `https://${host}/${a}/${b}/embed` };
  }
  return null;
}

/** The origin a frame of `provider` may load from, or null when `frame` is not one of its own. */
export function frameOrigin(provider: string, frame: string): string | null {
  const url = URL.parse(frame);
  if (!url || url.protocol !== 'https:' || url.port !== '') return null;
  if (provider === 'mastodon') return HOST_NAME.test(url.hostname) && url.pathname.endsWith('/embed') ? url.origin : null;
  const origin = FRAME_ORIGINS[provider as keyof typeof FRAME_ORIGINS];
  return origin !== undefined && url.origin === origin ? origin : null;
}
