/**
 * Which renderer made a fragment. Stored markup outlives deploys: a fragment made by other
 * views (or with an inline script whose CSP hash is gone) must never be served. The id
 * changes by itself when an inline script a fragment contains changes, and by
 * hand, FRAGMENT_FORMAT, when a view of the article page changes what it prints; nobody has
 * to remember: tests/worker/article-fragments-renderer.test.ts renders fixed stories, hashes
 * the markup and fails, saying so, when it changed and FRAGMENT_FORMAT did not.
 */
import { shareScript } from '../views/share-script';

/**
 * The inline assets stored fragments contain (the share bar's script): a change to one of them
 * must re-render every fragment, or the page would carry a script whose CSP hash is gone. The
 * stylesheets, the alert, live and embed scripts are added per request (layout, withLiveEntries,
 * serve.tsx), so a CSS-only deploy re-renders nothing. A new inline asset inside the article's
 * markup changes the markup, and the renderer contract test says to bump FRAGMENT_FORMAT.
 */
export const FRAGMENT_INLINE_ASSETS: readonly string[] = [shareScript];

/** Bump when the article page's views change their markup (the renderer contract test says when). */
export const FRAGMENT_FORMAT = 1;

/** FNV-1a over FRAGMENT_INLINE_ASSETS: synchronous, at module load. */
function fingerprint(texts: string[]): string {
  let hash = 0x811c9dc5;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export const RENDERER = `${FRAGMENT_FORMAT}.${fingerprint([...FRAGMENT_INLINE_ASSETS])}`;

/** What a render that threw stores (fragments.renderArticleFragment): never served, retried after a change or deploy. */
export const FAILED_RENDERER = `failed:${RENDERER}`;
