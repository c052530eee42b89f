import { beforeAll, describe, expect, it } from 'vitest';
import { articles as sample } from '../../seed/content';
import { inlineScripts, inlineStyles } from '../../src/views/inline-assets';
import { request, seedSampleNewsroom } from './support';

const published = sample.find((a) => a.status === 'published')!;

/** Computed here, independently of the middleware, from the exact bytes of the asset. */
async function sha256Source(text: string) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

/** Inline <style> and executable <script> bodies (JSON-LD data blocks are not scripts). */
function inlineBlocks(html: string) {
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]!))
    .map((m) => m[2]!);
  return { styles, scripts };
}

const PAGES = ['/', `/articles/${published.slug}`, '/articles/no-such-story', '/definitely/missing'];
const OTHER = ['/api/v1/articles/no-such-story', `/api/v1/articles/${published.slug}`, '/favicon.svg', '/robots.txt', '/feed.xml', '/icon-192.png', '/api/v1/articles?limit=oops'];

beforeAll(async () => {
  await seedSampleNewsroom();
});

describe('security headers', () => {
  it.each([...PAGES, ...OTHER])('are on the response to %s', async (path) => {
    const res = await request(path);
    const csp = directives(res.headers.get('content-security-policy') ?? '');
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'https:', 'data:']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    for (const name of ['script-src', 'style-src', 'default-src']) {
      expect(csp.get(name)).not.toContain("'unsafe-inline'");
      expect(csp.get(name)).not.toContain("'unsafe-eval'");
    }
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}; includeSubDomains/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  // Public pages hold nothing private; the header would cost readers a process swap.
  it.each([...PAGES, ...OTHER])('leave the opener policy off the public %s', async (path) => {
    expect((await request(path)).headers.get('cross-origin-opener-policy')).toBeNull();
  });

  it.each(['/newsroom', '/newsroom/sign-in', '/preview/not-a-token', '/lite/preview/not-a-token'])(
    'isolate %s from other sites\' windows',
    async (path) => {
      expect((await request(path)).headers.get('cross-origin-opener-policy')).toBe('same-origin');
    },
  );

  it('allows every registered inline asset by its hash', async () => {
    const csp = directives((await request('/')).headers.get('content-security-policy')!);
    expect(inlineStyles.length).toBeGreaterThan(0);
    for (const style of inlineStyles) expect(csp.get('style-src')).toContain(await sha256Source(style));
    for (const script of inlineScripts) expect(csp.get('script-src')).toContain(await sha256Source(script));
  });

  it.each(PAGES)('allows exactly the inline blocks that %s renders', async (path) => {
    const res = await request(path);
    const csp = directives(res.headers.get('content-security-policy')!);
    const { styles, scripts } = inlineBlocks(await res.text());
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) expect(csp.get('style-src')).toContain(await sha256Source(style));
    for (const script of scripts) expect(csp.get('script-src')).toContain(await sha256Source(script));
    // A page whose inline CSS changed without being registered would not match any hash.
    expect(csp.get('style-src')).not.toContain(await sha256Source(`${styles[0]} `));
  });

  it('does not treat JSON-LD data blocks as scripts needing a hash', async () => {
    const res = await request(`/articles/${published.slug}`);
    const html = await res.text();
    const dataBlocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(dataBlocks.length).toBeGreaterThan(0);
    const scriptSrc = directives(res.headers.get('content-security-policy')!).get('script-src')!;
    expect(scriptSrc).toEqual(["'self'", ...(await Promise.all(inlineScripts.map(sha256Source)))]);
    for (const block of dataBlocks) expect(scriptSrc).not.toContain(await sha256Source(block));
  });
});
