/**
 * Is this failure worth a retry? One answer for the whole app: a 503 with Retry-After
 * promises the client that trying again can help, so only failures of D1's infrastructure
 * that pass by themselves get it. Everything deterministic (SQL errors, constraint
 * violations, limits, bugs) is a 500 with a request id: retrying would fail the same way.
 */

/** D1's documented transient errors (D1 docs, "Debug D1" error list), and SQLite's busy states. */
const TRANSIENT_MESSAGES = [
  /Network connection lost/i,
  /D1 DB is overloaded/i,
  /reset because its code was updated/i,
  /Internal error (?:while starting up|in) D1 DB storage caused object to be reset/i,
  /Cannot resolve D1 DB due to transient issue/i,
  /storage operation exceeded timeout/i,
  /client disconnected/i,
  /\bSQLITE_BUSY\b|database is locked/i,
];

/**
 * Also documented, but caused by the query itself (it loads or computes too much): the same
 * query fails the same way, so these are deterministic.
 */
const QUERY_TOO_HEAVY = [/exceeded its memory limit/i, /exceeded its CPU time limit/i];

export type FailureClass = 'transient' | 'deterministic';

/** Messages of an error and its causes: Drizzle wraps D1's error in its own "Failed query". */
export function errorMessages(error: unknown): string {
  const messages: string[] = [];
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) messages.push(String((e as Error).message ?? e));
  return messages.join('\n');
}

/** Workers errors from Durable Objects (D1 runs on them) carry `retryable` when a retry is safe. */
const flaggedRetryable = (error: unknown): boolean => {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { retryable?: unknown }).retryable === true) return true;
  }
  return false;
};

export function classifyFailure(error: unknown): FailureClass {
  const messages = errorMessages(error);
  if (QUERY_TOO_HEAVY.some((pattern) => pattern.test(messages))) return 'deterministic';
  if (TRANSIENT_MESSAGES.some((pattern) => pattern.test(messages)) || flaggedRetryable(error)) return 'transient';
  return 'deterministic';
}

export const isTransientFailure = (error: unknown) => error !== undefined && classifyFailure(error) === 'transient';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** A short id for a 500: in the response and in the log line, so a report finds the log. */
export function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
