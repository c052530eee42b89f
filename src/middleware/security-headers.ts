/**
 * Security headers on every response, through Hono's `secureHeaders`. The
 * Content-Security-Policy allows no 'unsafe-inline': the inline styles and scripts
 * registered in views/inline-assets are allowed by their SHA-256 hashes, which keeps
 * pages cacheable (a per-request nonce would make every response unique).
 */
import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env';
import { extraFormActionSources } from '../share/mastodon-instance';
import { inlineScripts, inlineStyles } from '../views/inline-assets';

/** The CSP source expression `'sha256-<base64>'` of an inline asset's exact text. */
export async function cspHash(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

async function configure(): Promise<MiddlewareHandler> {
  const [styleHashes, scriptHashes] = await Promise.all([
    Promise.all(inlineStyles.map(cspHash)),
    Promise.all(inlineScripts.map(cspHash)),
  ]);
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", ...scriptHashes],
      styleSrc: ["'self'", ...styleHashes],
      imgSrc: ["'self'", 'https:', 'data:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      // The Mastodon share form redirects to the reader's own server (share/mastodon-instance).
      formAction: ["'self'", (c) => extraFormActionSources(c.req.path)],
      frameAncestors: ["'none'"],
    },
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'strict-origin-when-cross-origin',
    // Set per path below (only where a person's session or an unpublished draft is shown).
    crossOriginOpenerPolicy: false,
    // Everything public is meant to be embedded elsewhere: feed readers show our images, social
    // cards fetch our icons. The editor API needs a bearer token, which no-cors loads never send.
    crossOriginResourcePolicy: 'cross-origin',
    xFrameOptions: 'DENY',
    permissionsPolicy: {
      camera: [],
      microphone: [],
      geolocation: [],
      payment: [],
      usb: [],
      browsingTopics: [],
    },
  });
}

// Hashing happens once per isolate (the registered assets are constants of the bundle). Only
// the finished value is kept, never the pending promise: a promise belongs to the request that
// made it, and another request awaiting it can be cancelled by workerd as hung.
let configured: MiddlewareHandler | undefined;

/** Requests whose response the newsroom frames itself (its preview pane, src/preview). */
const framedBySelf = new WeakSet<Request>();

/** Lets this one request's response be framed by our own pages; every other stays 'none'/DENY. */
export const allowSelfFraming = (request: Request) => void framedBySelf.add(request);

/**
 * A page with embed cards names the origins their frames load from (content/embeds) in this
 * header; it travels with the response through the edge cache, and securityHeaders turns it
 * into the page's `frame-src` and removes it. Pages without it keep the default (frames
 * from our own origin only, through default-src).
 */
const EMBED_FRAMES_HEADER = 'x-embed-frame-origins';
const FRAME_ORIGIN = /^https:\/\/[a-z0-9.-]+$/;

/** Lets this response's page frame these https origins (the providers of its embed cards). */
export function allowEmbedFrames(c: Context, origins: string[]): void {
  if (origins.length) c.header(EMBED_FRAMES_HEADER, origins.join(' '));
}

function applyEmbedFrames(headers: Headers): void {
  const named = headers.get(EMBED_FRAMES_HEADER);
  if (named === null) return;
  headers.delete(EMBED_FRAMES_HEADER);
  const origins = named.split(' ').filter((origin) => FRAME_ORIGIN.test(origin));
  const csp = headers.get('content-security-policy');
  if (csp && origins.length) headers.set('content-security-policy', `${csp}; frame-src 'self' ${origins.join(' ')}`);
}

/**
 * Pages that show a signed-in person's screens or an unpublished draft: they keep
 * `Cross-Origin-Opener-Policy: same-origin`, so no other site's window can hold a reference
 * to them. Public reader pages do without it: they hold nothing private, and the header makes
 * the browser swap to a new process on every arrival from another page (measured: Lighthouse's
 * mobile blocking time on an article rose from 20-50 ms to 170-420 ms with it; Chrome on
 * Android isolates such a site in its own process too).
 */
const OPENER_ISOLATED = ['/newsroom', '/preview', '/lite/preview'];
const isOpenerIsolated = (path: string) => OPENER_ISOLATED.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/** Mount first: it also covers error pages and 404s produced by `onError`/`notFound`. */
export const securityHeaders = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    const apply = configured ?? (configured = await configure());
    await apply(c, next);
    applyEmbedFrames(c.res.headers);
    if (isOpenerIsolated(c.req.path)) c.res.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    if (framedBySelf.has(c.req.raw)) {
      const csp = c.res.headers.get('Content-Security-Policy') ?? '';
      c.res.headers.set('Content-Security-Policy', csp.replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
      c.res.headers.set('X-Frame-Options', 'SAMEORIGIN');
    }
  });
