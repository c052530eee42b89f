/**
 * The newsroom's build step (scripts/build-newsroom.ts) and how `wrangler dev` serves its
 * output through Workers Static Assets: the right content types, nosniff, revalidation by
 * ETag (`no-cache`: never a stale script after a deploy), and the JavaScript budget, 60 KB
 * gzip in total. Sizes are deterministic, so they are asserted; timings are not.
 * The vitest worker pool does not serve static assets (exports.default.fetch reaches the
 * Worker only), so these checks live here, against wrangler dev.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ASSET_DIR, buildNewsroom, JS_BUDGET_GZIP_BYTES, STATIC_DIR } from '../../scripts/build-newsroom';

const baseUrl = inject('baseUrl');
const ASSETS = [
  ['passkeys.js', 'text/javascript; charset=utf-8'],
  ['editor.js', 'text/javascript; charset=utf-8'],
  ['newsroom.css', 'text/css; charset=utf-8'],
] as const;

describe('the newsroom build', () => {
  it('keeps all newsroom JavaScript under 60 KB gzip', async () => {
    const sizes = await buildNewsroom();
    const js = (sizes['passkeys.js'] ?? Infinity) + (sizes['editor.js'] ?? Infinity);
    console.log(`newsroom gzip sizes: ${JSON.stringify(sizes)}; JavaScript ${js} of ${JS_BUDGET_GZIP_BYTES} bytes`);
    expect(js).toBeLessThan(JS_BUDGET_GZIP_BYTES);
  });

  it('writes minified, self-contained scripts the strict CSP allows: no eval, no inline code, no imports', () => {
    for (const name of ['passkeys.js', 'editor.js']) {
      const code = readFileSync(join(ASSET_DIR, name), 'utf8');
      expect(code, name).not.toMatch(/\beval\(|new Function\(|setTimeout\(["'`]|^\s*import\s|sourceMappingURL=data:/m);
      // Minified: newlines remain only inside template strings, so lines are long.
      expect(code.length / code.split('\n').length, name).toBeGreaterThan(200);
    }
    expect(readFileSync(join(STATIC_DIR, '_headers'), 'utf8')).toContain('/newsroom/assets/*');
  });
});

describe('the built files under wrangler dev (Workers Static Assets)', () => {
  it('serves each with its content type, nosniff, noindex and no-cache with an ETag that revalidates', async () => {
    for (const [name, type] of ASSETS) {
      const url = `${baseUrl}/newsroom/assets/${name}`;
      const response = await fetch(url);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toBe(type);
      expect(response.headers.get('x-content-type-options'), name).toBe('nosniff');
      expect(response.headers.get('x-robots-tag'), name).toBe('noindex');
      expect(response.headers.get('cache-control'), name).toBe('no-cache');
      expect(await response.text(), name).toBe(readFileSync(join(ASSET_DIR, name), 'utf8'));
      const etag = response.headers.get('etag');
      expect(etag, name).toMatch(/^"[\w-]+"$/);
      const again = await fetch(url, { headers: { 'if-none-match': etag! } });
      expect(again.status, name).toBe(304);
      const stale = await fetch(url, { headers: { 'if-none-match': '"an-older-deploy"' } });
      expect(stale.status, name).toBe(200);
    }
  });

  it('serves nothing else from the assets directory: _headers and unknown names reach the Worker', async () => {
    const headersFile = await fetch(`${baseUrl}/_headers`, { redirect: 'manual' });
    expect(headersFile.status).toBe(404);
    expect(await headersFile.text()).not.toContain('/newsroom/assets/*');
    const unknown = await fetch(`${baseUrl}/newsroom/assets/unknown.js`, { redirect: 'manual' });
    expect(unknown.headers.get('content-type') ?? '').not.toContain('javascript');
    expect(unknown.headers.get('cache-control')).toBe('private, no-store');
  });
});
