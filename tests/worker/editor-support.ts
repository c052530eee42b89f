/** Helpers for editor API tests: tokens straight into D1, JSON requests through the Worker. */
import type { TokenRole } from '../../src/db/schema';
import { createToken } from '../../src/queries/editor-tokens';
import { db, request } from './support';

export const EDITOR_API = '/api/v1/editor';

/** Creates a token with `role`; returns its secret and id. */
export async function tokenFor(role: TokenRole, name: string = `${role}-${crypto.randomUUID().slice(0, 8)}`) {
  const { row, secret } = await createToken(db(), { name, role, authorId: null });
  return { secret, id: row.id };
}

let ipCounter = 0;

export interface ApiInit {
  token?: string;
  method?: string;
  json?: unknown;
  headers?: Record<string, string>;
  /** Client IP (failed auth is rate limited per IP): a fresh one per call unless given. */
  ip?: string;
}

type Send = (path: string, init: RequestInit) => Promise<Response>;

/**
 * The editor API helpers over a way of sending requests: `request` here, or one that waits
 * for each request's background work (article-fragments-support).
 */
export function editorApiThrough(send: Send) {
  /** Calls the editor API (`path` relative to /api/v1/editor unless it starts with /api). */
  const api = (path: string, init: ApiInit = {}): Promise<Response> => {
    const headers: Record<string, string> = { 'cf-connecting-ip': init.ip ?? `198.51.100.${(ipCounter++ % 250) + 1}`, ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.json !== undefined) headers['content-type'] ??= 'application/json';
    return send(path.startsWith('/api') ? path : `${EDITOR_API}${path}`, {
      method: init.method ?? (init.json !== undefined ? 'POST' : 'GET'),
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
  };
  /** Creates a draft through the API and returns its JSON. */
  const createDraft = async (token: string, fields: Record<string, unknown> = {}) => {
    const res = await api('/articles', { token, json: { title: 'A test story', body: 'Some *text*.', section: 'world', ...fields } });
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: number; slug: string; etag: string; revision: number; status: string };
  };
  return { api, createDraft };
}

export const { api, createDraft } = editorApiThrough(request);
