/**
 * What the newsroom's screen handlers repeat around a request: the ids in its path, its
 * page number and form fields, a refusal of the editor API's functions shown on the form,
 * and the publishing dependencies the screens call those functions with. The markup they
 * repeat is in form-parts.tsx.
 */
import type { Context } from 'hono';
import { HttpError } from '../http/errors';
import { workerPublishingDeps } from '../publishing';
import type { NewsroomEnv } from './env';
import type { PageState } from './people-views';

const MAX_ID = 2 ** 31;

/** A path id, or the 404 a mistyped link deserves. */
export function pathId(c: Context<NewsroomEnv>, name: string): number {
  const raw = c.req.param(name) ?? '';
  const n = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!(n <= MAX_ID)) throw new HttpError(404, 'not_found', `No such ${name === 'id' ? 'story' : 'item'}`, { field: name });
  return n;
}

/** ?page=N of a list, 1 when absent, or a 400: more than `max` pages is a typo. */
export function pageParam(raw: string | undefined, max: number): number {
  const page = raw === undefined ? 1 : /^[1-9]\d{0,3}$/.test(raw) && Number(raw) <= max ? Number(raw) : NaN;
  if (Number.isNaN(page)) throw new HttpError(400, 'invalid_parameter', `page must be a whole number from 1 to ${max}`, { field: 'page' });
  return page;
}

/** The form's fields as strings (anything else counts as missing). */
export const formText = (form: Record<string, unknown>, name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined);

/** An HttpError the page can show next to the form (400 fields, 409 state); anything else is thrown on. */
export function asPageState(error: unknown, values?: Record<string, unknown>): { state: PageState; status: 400 | 409 | 412 } {
  if (!(error instanceof HttpError) || (error.status !== 400 && error.status !== 409 && error.status !== 412)) throw error;
  const fields = (error.details as { fields?: Record<string, string[]> } | null)?.fields;
  return { state: { values, errors: fields, message: error.message, error: true }, status: error.status };
}

/** The publishing path's dependencies; background work (purges, webhooks) outlives the response through waitUntil. */
export function screenDeps(c: Context<NewsroomEnv>) {
  let waitUntil: (p: Promise<unknown>) => void;
  try {
    const ctx = c.executionCtx;
    waitUntil = (p) => ctx.waitUntil(p);
  } catch {
    // No execution context (the app called without one, as some tests do): log what fails.
    waitUntil = (p) => void p.catch((e: unknown) => console.error('newsroom background task failed', e));
  }
  return workerPublishingDeps(c.env, waitUntil);
}
