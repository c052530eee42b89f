/**
 * Honest errors: which failures are worth a retry (503 + Retry-After) and which are ours
 * (500 with a request id, nothing of the SQL in the body). The classification is checked on
 * real D1 error messages: the deterministic ones are produced by the local D1 itself, the
 * transient ones are D1's documented infrastructure errors (they cannot be caused locally).
 */
import { env } from 'cloudflare:workers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { classifyFailure } from '../../src/platform/failures';
import { fetchSettled, testBindings, unreachableD1 } from './edge-cache-support';
import { tokenFor } from './editor-support';
import { seedSampleNewsroom } from './support';

/** Runs `sql` on the real local D1 and returns the error it fails with. */
async function realD1Error(sql: string, ...values: unknown[]): Promise<unknown> {
  try {
    await env.DB.prepare(sql).bind(...values).run();
  } catch (error) {
    return error;
  }
  throw new Error(`expected D1 to refuse: ${sql}`);
}

/** A D1 binding whose every query fails with `error`, as production D1 would. */
function failingD1(error: unknown): D1Database {
  const fail = () => Promise.reject(error);
  const statement = (): D1PreparedStatement => ({ bind: () => statement(), all: fail, run: fail, raw: fail, first: fail }) as unknown as D1PreparedStatement;
  const session = { prepare: statement, batch: fail, getBookmark: () => null } as unknown as D1DatabaseSession;
  return { withSession: () => session, prepare: statement, batch: fail, exec: fail } as unknown as D1Database;
}

let editor: string;
beforeAll(async () => {
  await seedSampleNewsroom();
  editor = (await tokenFor('editor')).secret;
});
afterEach(() => vi.restoreAllMocks());

describe('classifyFailure over real D1 errors', () => {
  const deterministic: [string, () => Promise<unknown>][] = [
    ['syntax error', () => realD1Error('selec 1')],
    ['missing table', () => realD1Error('select * from no_such_table')],
    ['UNIQUE constraint', () => realD1Error("insert into sections (slug, name) values ('world', 'Again')")],
    ['NOT NULL constraint', () => realD1Error('insert into sections (slug, name) values (?, null)', 'x')],
    ['FOREIGN KEY constraint', () => realD1Error("insert into article_tags (article_id, tag_id) values (999999, 999999)")],
    ['LIKE pattern over 50 bytes', () => realD1Error('select 1 where ? like ?', 'a', `${'a'.repeat(60)}%`)],
    ['over 100 bound parameters', () => realD1Error(`select ${Array.from({ length: 101 }, () => '?').join(',')}`, ...Array.from({ length: 101 }, (_, i) => i))],
    ['a statement over 100 KB', () => realD1Error(`select '${'x'.repeat(100_001)}'`)],
    ['a CHECK-like runtime error', () => realD1Error("select json_extract('not json', '$.a')")],
  ];
  it.each(deterministic)('%s is deterministic', async (_name, produce) => {
    const error = await produce();
    expect(String((error as Error).message)).toMatch(/D1_|SQLITE|too|constraint/i);
    expect(classifyFailure(error)).toBe('deterministic');
  });

  const transient = [
    'D1_ERROR: Network connection lost.',
    'D1_ERROR: D1 DB is overloaded. Requests queued for too long.',
    'D1_ERROR: D1 DB is overloaded. Too many requests queued.',
    'D1_ERROR: D1 DB reset because its code was updated.',
    'D1_ERROR: Internal error while starting up D1 DB storage caused object to be reset.',
    'D1_ERROR: Internal error in D1 DB storage caused object to be reset.',
    'D1_ERROR: Cannot resolve D1 DB due to transient issue on remote node.',
    "D1_ERROR: Can't read from request stream because client disconnected.",
    'D1_ERROR: D1 DB storage operation exceeded timeout which caused object to be reset.',
  ];
  it.each(transient)('%s is transient, also wrapped the way Drizzle wraps it', (message) => {
    expect(classifyFailure(new Error(message))).toBe('transient');
    expect(classifyFailure(new Error('Failed query: select 1', { cause: new Error(message) }))).toBe('transient');
  });

  it.each(["D1_ERROR: D1 DB's isolate exceeded its memory limit and was reset.", 'D1_ERROR: D1 DB exceeded its CPU time limit and was reset.', 'TypeError: x is undefined'])(
    '%s is deterministic: the same query fails the same way',
    (message) => expect(classifyFailure(new Error(message))).toBe('deterministic'),
  );

  it('trusts a runtime error flagged retryable', () => {
    expect(classifyFailure(Object.assign(new Error('Durable Object reset'), { retryable: true }))).toBe('transient');
  });
});

describe('what clients get', () => {
  const create = (db: D1Database) =>
    fetchSettled('/api/v1/editor/articles', {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json', 'cf-connecting-ip': '203.0.113.9' },
      body: JSON.stringify({ title: 'Council approves the harbour budget after a nine-hour session', body: 'Text.', section: 'world' }),
    }, { ...testBindings(), DB: db });

  it('a transient failure is a 503 with Retry-After', async () => {
    const res = await create(unreachableD1());
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await res.json<{ error: { code: string } }>()).error.code).toBe('service_unavailable');
  });

  it('a deterministic failure is a 500 with a request id in the body, the header and the log; no SQL leaks', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const sqlError = await realD1Error('select * from no_such_table where secret = ?', 'x');
    const res = await create(failingD1(sqlError));
    expect(res.status).toBe(500);
    expect(res.headers.get('retry-after')).toBeNull();
    const text = await res.text();
    const body = JSON.parse(text) as { error: { code: string; details: { requestId: string } } };
    expect(body.error.code).toBe('internal_error');
    expect(body.error.details.requestId).toMatch(/^[0-9a-f]{12}$/);
    expect(res.headers.get('x-request-id')).toBe(body.error.details.requestId);
    expect(text).not.toMatch(/no_such_table|SQLITE|select|D1_ERROR|at /i);
    expect(logged.mock.calls.some((call) => String(call[0]).includes(body.error.details.requestId))).toBe(true);
  });

  it('a reader page that fails deterministically is a real 500 page with the id, never cached', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await fetchSettled('/sections/world', undefined, { ...testBindings(), DB: failingD1(await realD1Error('selec 1')) });
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toContain(res.headers.get('x-request-id')!);
  });
});
