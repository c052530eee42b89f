/**
 * The Miniflare that ships inside wrangler (so the preview runs on the same workerd that
 * `wrangler deploy` bundles for), falling back to the top-level package.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export type MiniflareModule = typeof import('miniflare');

export async function loadMiniflare(): Promise<MiniflareModule> {
  const fromWrangler = createRequire(createRequire(import.meta.url).resolve('wrangler/package.json'));
  let entry: string;
  try {
    entry = fromWrangler.resolve('miniflare');
  } catch {
    entry = createRequire(import.meta.url).resolve('miniflare');
  }
  return (await import(pathToFileURL(entry).href)) as MiniflareModule;
}
