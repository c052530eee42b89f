/**
 * Mastodon has no central share endpoint: the reader types their server and we send them to
 * https://<server>/share?text=…. That makes the host the one reader-controlled part of any
 * share redirect, so it must be a bare DNS hostname and nothing else: no scheme tricks,
 * userinfo (`user@host`), port, path, backslash, percent-encoding, IP address or Unicode.
 * And the reader must have confirmed it on our page: only a form submitted from our own
 * page redirects (isSubmittedFromOurPage), so no link can bounce a reader to a host.
 */
import type { SharedStory } from './networks';

// One DNS label: letters, digits and inner hyphens, 1 to 63 characters.
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
// Two or more labels; the last is alphabetic or an IDN (xn--) label, which rules out IPs.
const HOSTNAME = new RegExp(`^(?:${LABEL}\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$`);

/**
 * The reader's instance as a lowercase hostname, or null if the input is anything else.
 * A pasted "https://mastodon.social/" is accepted as a convenience: the scheme and one
 * trailing slash are the only characters ever removed.
 */
export function parseMastodonInstance(input: string): string | null {
  const host = input
    .trim()
    .toLowerCase()
    .replace(/^https:\/\//, '')
    .replace(/\/$/, '');
  if (host.length > 253 || !HOSTNAME.test(host)) return null;
  // Belt and braces: the URL parser must read exactly this host back.
  const url = new URL(`https://${host}/share`);
  return url.hostname === host && url.port === '' && url.username === '' ? host : null;
}

/** The share form on the reader's instance, prefilled with the headline and link. */
export function mastodonShareUrl(instance: string, story: SharedStory): string {
  const url = new URL('/share', `https://${instance}`);
  url.searchParams.set('text', `${story.title} ${story.url}`);
  return url.href;
}

/**
 * Whether a form submission comes from a page of this site. Browsers label every request
 * with Sec-Fetch-Site (Chrome 76, Firefox 90, Safari 16.4), and older ones send Origin with
 * every POST; a page elsewhere can make a reader's browser POST to us (a form submitted by
 * script) but can set neither header. A link is a GET and never gets this far.
 */
export function isSubmittedFromOurPage(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site === 'same-origin';
  return request.headers.get('origin') === new URL(request.url).origin;
}

const MASTODON_FORM_PATH = /^\/share\/[^/]+\/mastodon$/;

/**
 * Extra CSP `form-action` sources for the page at `path`. Browsers check form-action
 * against every redirect after a submission too, so the Mastodon form (whose POST is
 * answered with a redirect to the reader's server, any https host) needs `https:`; every
 * other page none.
 */
export function extraFormActionSources(path: string): string {
  return MASTODON_FORM_PATH.test(path) ? 'https:' : '';
}
