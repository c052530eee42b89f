/**
 * Errors with stable codes. API routes answer `{ error: { code, message, details } }`;
 * reader pages answer a real HTML page. Query code never throws these: routes do.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const notFound = (what = 'Resource') => new HttpError(404, 'not_found', `${what} not found`);

export function errorBody(code: string, message: string, details: unknown = null) {
  return { error: { code, message, details } };
}

/** API paths get JSON errors; everything else gets a reader page. */
export const wantsJson = (path: string) => path.startsWith('/api/');
