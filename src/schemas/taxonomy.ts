/** Authors, sections and tags as the editor API creates and returns them. */
import * as z from 'zod';
import { TOKEN_ROLES } from '../db/schema';
import { httpsUrlSchema, slugSchema } from './common';

const name = z.string().trim().min(1).max(200);

export const createAuthorSchema = z.strictObject({
  name,
  slug: slugSchema.optional(),
  bio: z.string().trim().max(2000).optional(),
  avatarUrl: httpsUrlSchema.nullable().optional(),
});
export const updateAuthorSchema = createAuthorSchema.partial().refine((v) => Object.keys(v).length > 0, 'send at least one field to change');

export const createSectionSchema = z.strictObject({
  name,
  slug: slugSchema.optional(),
  description: z.string().trim().max(1000).optional(),
  position: z.number().int().min(0).max(10_000).optional(),
});
export const updateSectionSchema = createSectionSchema.partial().refine((v) => Object.keys(v).length > 0, 'send at least one field to change');

export const createTagSchema = z.strictObject({ name, slug: slugSchema.optional() });
export const updateTagSchema = createTagSchema.partial().refine((v) => Object.keys(v).length > 0, 'send at least one field to change');

export const slugParamSchema = z.strictObject({ slug: slugSchema });

export const authorSchema = z.object({ id: z.number().int(), slug: z.string(), name: z.string(), bio: z.string(), avatarUrl: z.string().nullable() });
export const sectionSchema = z.object({ id: z.number().int(), slug: z.string(), name: z.string(), description: z.string(), position: z.number().int() });
export const tagSchema = z.object({ id: z.number().int(), slug: z.string(), name: z.string() });

export const createTokenSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  role: z.enum(TOKEN_ROLES),
  author: slugSchema.nullable().optional(),
});
export const tokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.enum(TOKEN_ROLES),
  prefix: z.string(),
  authorId: z.number().int().nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const createdTokenSchema = tokenSchema.extend({ token: z.string() });
