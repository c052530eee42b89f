/**
 * Statements whose SQL Drizzle builds once per isolate and that are bound per request: a
 * miss's batch spends more CPU building SQL than D1 spends reading it.
 */
import type { BatchItem } from 'drizzle-orm/batch';
import { drizzle } from 'drizzle-orm/d1';
import type { Db } from './client';

/** Drizzle over no database (made on first use): templates are built there, so building one never prepares a statement on D1. */
let detachedDb: Db | undefined;

/** What a built statement keeps for reuse: its SQL, its parameters, and Drizzle's mapping of its rows. */
interface StatementTemplate {
  sql: string;
  params: unknown[];
  mapResult: (result: unknown, isFromBatch?: boolean) => unknown;
}

/** The slice of Drizzle's D1 batch protocol a reused statement implements (drizzle-orm/d1 session.batch). */
interface PreparedForBatch {
  getQuery(): { sql: string; params: unknown[] };
  mapResult(result: unknown, isFromBatch?: boolean): unknown;
}

/**
 * A batch whose SQL text depends only on `variant` (a few, known in advance), built by
 * Drizzle once per isolate and bound per request. Building SQL is most of the CPU a miss spends on D1 (the article page's
 * 15 statements took several times longer to build than to read), and its text never
 * changes: only the parameters do. `sentinels` are stand-in values of `args` (values no real
 * request or constant can have): the template is built with them, and each request's
 * parameters are the template's with each sentinel replaced by its argument. The statements
 * reuse Drizzle's own row mapping and go through the request's D1 (so they are counted and
 * timed like any other); a test fails if Drizzle's batch protocol changes under them.
 */
export function reusableBatch<Variant extends string, Args extends Record<string, string | number>, Q extends readonly BatchItem<'sqlite'>[]>(
  build: (db: Db, variant: Variant, args: Args) => Q,
  sentinels: Args,
) {
  const templates = new Map<Variant, StatementTemplate[]>();
  return (db: Db, variant: Variant, args: Args): Q => {
    let template = templates.get(variant);
    if (!template) {
      detachedDb ??= drizzle({ prepare: () => ({}) } as unknown as D1Database);
      template = build(detachedDb, variant, sentinels).map((item) => {
        const prepared = (item as unknown as { _prepare(): PreparedForBatch })._prepare();
        const { sql: text, params } = prepared.getQuery();
        return { sql: text, params, mapResult: prepared.mapResult.bind(prepared) };
      });
      templates.set(variant, template);
    }
    const values = new Map<unknown, unknown>(Object.entries(sentinels).map(([name, sentinel]) => [sentinel, args[name]]));
    return template.map(({ sql: text, params, mapResult }) => ({
      _prepare: () => ({
        stmt: db.$client.prepare(text),
        getQuery: () => ({ sql: text, params: params.map((param) => (values.has(param) ? values.get(param) : param)) }),
        mapResult,
      }),
    })) as unknown as Q;
  };
}
