/**
 * The editor API's input contract: JSON only (415 otherwise), well-formed (400), at most
 * 1 MB (413), and valid against a strict zod schema (400 with field-level details).
 */
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import type { AppEnv } from '../../env';
import { HttpError } from '../../http/errors';

export const MAX_BODY_BYTES = 1024 * 1024;

/** `{ fields: { "sources.0.url": ["must be an absolute http(s) URL"] } }`; "" is the body itself. */
export function fieldDetails(error: z.ZodError) {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k].join('.')) : [issue.path.join('.')];
    const message = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
    for (const key of keys) (fields[key] ??= []).push(message);
  }
  return { fields };
}

export const validationError = (error: z.ZodError, what = 'request body') =>
  new HttpError(400, 'validation_error', `The ${what} is not valid`, fieldDetails(error));

/** Parses `value` with `schema` or throws the 400 the API answers with. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error, what);
  return result.data;
}

const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new HttpError(413, 'payload_too_large', `The request body is larger than ${MAX_BODY_BYTES} bytes`, {
      fields: { '': [`at most ${MAX_BODY_BYTES} bytes`] },
    });
  },
});

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json$/i;

/**
 * Paths of strings holding an unpaired UTF-16 surrogate ("\ud800" is valid JSON, not valid
 * Unicode): D1 would store it as U+FFFD and readers would see "�" where the editor typed text.
 */
function unpairedSurrogates(value: unknown, path: string[] = [], found: Record<string, string[]> = {}): Record<string, string[]> {
  if (typeof value === 'string') {
    if (/\p{Cs}/u.test(value)) found[path.join('.')] = ['contains an unpaired surrogate; send valid Unicode'];
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) unpairedSurrogates(item, [...path, key], found);
  }
  return found;
}

/** Reads the JSON body: empty counts as `{}` when `optional`. */
async function readJson(c: Context, optional: boolean): Promise<unknown> {
  // Bytes, not .text(): the runtime warns when a non-text body is read as text.
  const text = new TextDecoder().decode(await c.req.arrayBuffer());
  const type = c.req.header('content-type')?.split(';')[0]?.trim() ?? '';
  if (text.trim() === '' && optional) return {};
  if (!JSON_TYPE.test(type)) {
    throw new HttpError(415, 'unsupported_media_type', 'Send the body as application/json', { fields: { 'Content-Type': [`is "${type.slice(0, 100)}"; send application/json`] } });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // The parser's own words say where: "Unexpected token } in JSON at position 41".
    throw new HttpError(400, 'malformed_json', 'The request body is not valid JSON', { fields: { '': [String((error as Error).message).slice(0, 200)] } });
  }
  const broken = unpairedSurrogates(parsed);
  if (Object.keys(broken).length) throw new HttpError(400, 'validation_error', 'The request body is not valid Unicode', { fields: broken });
  return parsed;
}

/**
 * Validates the JSON body against `schema`; handlers read it with `c.req.valid('json')`,
 * and Hono's typed client (`hc`) learns the body's type from it.
 */
export function jsonBody<S extends z.ZodType>(schema: S, options: { optional?: boolean } = {}) {
  type Typed = { in: { json: z.input<S> }; out: { json: z.output<S> } };
  const validate = createMiddleware<AppEnv, string, Typed>(async (c, next) => {
    const data = parseOrThrow(schema, await readJson(c, options.optional ?? false));
    c.req.addValidatedData('json', data as object);
    await next();
  });
  return [limitBody, validate] as const;
}

/** Validates route params (`:id`): a malformed id is a 400, not a 404 or a 500. */
export const params = <S extends z.ZodType>(schema: S) =>
  validator('param', (value): z.output<S> => parseOrThrow(schema, value, 'path'));

/** Validates the query string strictly. */
export const query = <S extends z.ZodType>(schema: S) =>
  validator('query', (value): z.output<S> => parseOrThrow(schema, value, 'query string'));
