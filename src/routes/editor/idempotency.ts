/**
 * `Idempotency-Key` on create and publish: a retry with the same key and the same request
 * gets the stored response instead of a second article; the same key with a different
 * request is a 422; a retry while the first is still running is a 409.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HttpError } from '../../http/errors';
import type { EditorEnv } from '../../middleware/editor-auth';
import { hashToken } from '../../model/tokens';
import { findIdempotencyKey, releaseIdempotencyKey, reserveIdempotencyKey, storeIdempotentResponse } from '../../queries/editor-idempotency';

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

export interface StoredResponse { status: ContentfulStatusCode; body: { etag?: string } & object }

function replay(c: Context<EditorEnv>, status: number, body: string) {
  const parsed = JSON.parse(body) as { etag?: string };
  if (parsed.etag) c.header('ETag', parsed.etag);
  c.header('Idempotent-Replayed', 'true');
  return c.json(parsed, status as ContentfulStatusCode);
}

/** Runs `work` once per (token, Idempotency-Key); without the header it simply runs it. */
export async function idempotent(c: Context<EditorEnv>, work: () => Promise<StoredResponse>): Promise<Response> {
  const key = c.req.header('idempotency-key');
  const respond = (r: StoredResponse) => {
    if (r.body.etag) c.header('ETag', r.body.etag);
    return c.json(r.body, r.status);
  };
  if (key === undefined) return respond(await work());
  if (!KEY_PATTERN.test(key)) {
    throw new HttpError(400, 'validation_error', 'Idempotency-Key must be 1-200 printable ASCII characters', { fields: { 'Idempotency-Key': ['1-200 printable ASCII characters'] } });
  }

  const db = c.get('db');
  const { tokenId } = c.get('editor');
  const requestHash = await hashToken(`${c.req.method} ${c.req.path}\n${await c.req.text()}`);
  if (!(await reserveIdempotencyKey(db, tokenId, key, requestHash))) {
    const stored = await findIdempotencyKey(db, tokenId, key);
    if (stored && stored.requestHash !== requestHash) {
      throw new HttpError(422, 'idempotency_key_reused', 'This Idempotency-Key was used for a different request', { fields: { 'Idempotency-Key': ['already used for a different request'] } });
    }
    if (!stored || stored.status === 0) {
      throw new HttpError(409, 'idempotency_in_progress', 'A request with this Idempotency-Key is still running', { fields: { 'Idempotency-Key': ['a request with this key is still running; retry shortly'] } });
    }
    return replay(c, stored.status, stored.responseBody);
  }
  try {
    const result = await work();
    await storeIdempotentResponse(db, tokenId, key, result.status, JSON.stringify(result.body));
    return respond(result);
  } catch (error) {
    await releaseIdempotencyKey(db, tokenId, key);
    throw error;
  }
}
