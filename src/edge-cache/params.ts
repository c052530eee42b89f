/**
 * Which query parameters each public route reads, so no client can mint new cache entries
 * by adding its own. Routes declare theirs next to their handlers (`declareQueryParams`);
 * the edge cache then keys every request on the path and the declared parameters alone.
 *
 * - Tracking parameters that share links and newsletters add (`utm_*`, click ids) are
 *   dropped from the key and the page: the reader is served the same copy, URL untouched.
 * - Any other parameter gets a 301 to the URL without it. With Workers Cache in front, the
 *   Worker sees each distinct URL once, and what it answers then is a tiny redirect.
 * - A path with `//` in it gets a 301 to the path with single slashes, so nothing built from
 *   the path can turn into a protocol-relative link to another host.
 */

/** Campaign and click-id parameters: they never change what a page shows. */
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ref_src)$/i;

interface Declaration { pattern: RegExp; params: readonly string[] }
const declarations: Declaration[] = [];

/** `/sections/:slug` -> a RegExp for the path and its lite twin (`/lite/sections/:slug`). */
function pathPattern(path: string): RegExp {
  const body = path === '/' ? '' : path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+');
  return new RegExp(`^(?:/lite)?${body}/?$`);
}

/**
 * Declares the query parameters a public GET route reads. Call it at module level, once per
 * route, with the full public path pattern (`/search`, `/sections/:slug`).
 */
export function declareQueryParams(path: string, params: readonly string[]): void {
  declarations.push({ pattern: pathPattern(path), params });
}

export const declaredParamsOf = (pathname: string): readonly string[] => declarations.find((d) => d.pattern.test(pathname))?.params ?? [];

export type RequestShape =
  /** Use `key` (the URL without tracking parameters, declared ones sorted). */
  | { kind: 'keyed'; key: URL }
  /** Answer with a 301 to `location` (a path and query on this site). */
  | { kind: 'redirect'; location: string };

/** How the edge cache treats a request URL: a key to read and store under, or a redirect. */
export function shapeOf(requestUrl: string): RequestShape {
  const url = new URL(requestUrl);
  url.hash = '';
  const cleanPath = url.pathname.replace(/\/{2,}/g, '/');
  const declared = declaredParamsOf(cleanPath);
  const kept = new URLSearchParams();
  let unknown = false;
  for (const [name, value] of url.searchParams) {
    if (declared.includes(name)) kept.append(name, value);
    else if (!TRACKING_PARAM.test(name)) unknown = true;
  }
  if (unknown || cleanPath !== url.pathname) {
    // Keep what the route reads and what analytics reads; drop the rest.
    const location = new URLSearchParams([...url.searchParams].filter(([name]) => declared.includes(name) || TRACKING_PARAM.test(name)));
    return { kind: 'redirect', location: `${cleanPath}${location.size ? `?${location}` : ''}` };
  }
  kept.sort();
  const key = new URL(url.origin + cleanPath);
  key.search = kept.toString();
  return { kind: 'keyed', key };
}
