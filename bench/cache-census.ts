/**
 * How many copies the edge cache holds: entries of Miniflare's Cache API store (a SQLite
 * file per cache under `<persistTo>/v3/cache`, read-only, beside the running server) and
 * rows of the D1 tag index `cache_entries` (through the server's own binding). Either is
 * null, with the reason in `note`, when it cannot be read (a renamed table, another layout).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface CacheCensus {
  /** Copies in the Cache API store. */
  stored: number | null;
  /** Rows of the D1 table cache_entries (one per tag of each copy). */
  indexRows: number | null;
  note?: string;
}

const CACHE_STORE_DIR = ['v3', 'cache', 'miniflare-CacheObject'];

type Sqlite = typeof import('node:sqlite');
let sqlite: Sqlite | null | undefined;

async function loadSqlite(): Promise<Sqlite | null> {
  if (sqlite !== undefined) return sqlite;
  // node:sqlite announces itself as experimental once; the bench's output is its report.
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (String(warning).includes('SQLite')) return;
    (emit as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    sqlite = await import('node:sqlite');
  } catch {
    sqlite = null;
  } finally {
    process.emitWarning = emit;
  }
  return sqlite;
}

async function storedCopies(persistTo: string): Promise<{ count: number | null; note?: string }> {
  const dir = join(persistTo, ...CACHE_STORE_DIR);
  if (!existsSync(dir)) return { count: 0 };
  const sqlite = await loadSqlite();
  if (!sqlite) return { count: null, note: 'node:sqlite unavailable' };
  let count = 0;
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.sqlite') && name !== 'metadata.sqlite')) {
    const db = new sqlite.DatabaseSync(join(dir, file), { readOnly: true });
    try {
      count += Number((db.prepare('SELECT count(*) AS n FROM _mf_entries').get() as { n: number }).n);
    } catch (error) {
      return { count: null, note: `Cache API store unreadable: ${(error as Error).message}` };
    } finally {
      db.close();
    }
  }
  return { count };
}

export async function cacheCensus(persistTo: string, d1: D1Database): Promise<CacheCensus> {
  const stored = await storedCopies(persistTo);
  let indexRows: number | null = null;
  let indexNote: string | undefined;
  try {
    indexRows = (await d1.prepare('SELECT count(*) AS n FROM cache_entries').first<{ n: number }>())?.n ?? 0;
  } catch (error) {
    indexNote = `cache_entries unreadable: ${(error as Error).message}`;
  }
  const note = [stored.note, indexNote].filter(Boolean).join('; ');
  return { stored: stored.count, indexRows, ...(note ? { note } : {}) };
}

/** Waits for copies stored after the responses (waitUntil) to land before counting. */
export const settle = (ms = 750) => new Promise((resolve) => setTimeout(resolve, ms));

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** "41 -> 41 (0)" or "n/a". */
export function change(before: number | null, after: number | null): string {
  if (before === null || after === null) return 'n/a';
  return `${before} -> ${after} (${signed(after - before)})`;
}
