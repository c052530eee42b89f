/**
 * Building blocks shared by every editor API schema. Objects are strict (an unknown field
 * is an error, not silently dropped), strings are trimmed and bounded.
 */
import * as z from 'zod';
import { SLUG_PATTERN } from '../model/slug';

export const slugSchema = z.string().max(120).regex(SLUG_PATTERN, 'lowercase letters and digits separated by single hyphens');

const hasScheme = (schemes: string[]) => (value: string) => {
  try {
    return schemes.includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** An absolute http(s) URL. */
export const httpUrlSchema = z.string().trim().max(2048).refine(hasScheme(['http:', 'https:']), 'must be an absolute http(s) URL');
/** An absolute https URL (images: no mixed content). */
export const httpsUrlSchema = z.string().trim().max(2048).refine(hasScheme(['https:']), 'must be an absolute https URL');

export const idSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Path parameter `:id`. */
export const idParamSchema = z.strictObject({ id: idSchema });

export const errorSchema = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    details: z.unknown(),
  }),
});

/** Actions that take no input: an empty body or `{}`. */
export const emptyBodySchema = z.strictObject({});
