/**
 * D1's documented limits (developers.cloudflare.com/d1/platform/limits), named once. Each one
 * applies to every statement, inside a batch too. Code that builds statements whose size
 * depends on input refers to these; tests/worker/d1-limits.test.ts drives each one up to the
 * limit through the public API.
 */

/** `LIKE`/`GLOB` patterns: at most 50 bytes. A pattern built from a headline breaks it, so no
 * query here uses LIKE on input: slugs are checked by exact candidates (queries/slugs.ts). */
export const D1_MAX_LIKE_PATTERN_BYTES = 50;

/** Bound parameters per statement. `IN (...)` lists are chunked below this. */
export const D1_MAX_BOUND_PARAMETERS = 100;

/** SQL text per statement. Values are always bound, never inlined, so text stays small. */
export const D1_MAX_STATEMENT_BYTES = 100_000;

/** One string, BLOB or row. An article row and its revision hold source, HTML and text. */
export const D1_MAX_ROW_BYTES = 2_000_000;

/** Queries per Worker invocation (Workers Paid; Free allows 50). Each statement of a batch counts. */
export const D1_MAX_QUERIES_PER_INVOCATION = 1000;

/** Bytes of `text` as D1 stores it (UTF-8). */
export const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * Splits `items` so that each chunk fits one statement: `perItem` parameters each, plus
 * `reserved` other parameters in the statement.
 */
export const chunkForParameters = <T>(items: T[], reserved = 0, perItem = 1): T[][] =>
  chunk(items, Math.floor((D1_MAX_BOUND_PARAMETERS - reserved) / perItem));

/** Splits `items` into runs of at most `size`. */
export function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
