/**
 * Security headers on every response, through Hono's `secureHeaders`. The
 * Content-Security-Policy allows no 'unsafe-inline': the inline styles and scripts
 * registered in views/inline-assets are allowed by their SHA-256 hashes, which keeps
 * pages cacheable (a per-request nonce would make every response unique).
 */
import { createMiddleware } from 'hono/factory';
import { secureHeaders } from 'hono/secure-headers';
import type { MiddlewareHandler } from 'hono';
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
    crossOriginOpenerPolicy: 'same-origin',
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

// Hashing happens once per isolate: the registered assets are constants of the bundle.
let configured: Promise<MiddlewareHandler> | undefined;

/** Mount first: it also covers error pages and 404s produced by `onError`/`notFound`. */
export const securityHeaders = () =>
  createMiddleware<AppEnv>(async (c, next) => {
    configured ??= configure();
    const apply = await configured;
    await apply(c, next);
  });
