/**
 * Sections, tags and authors as the newsroom edits them: one description per kind (its
 * fields, who may do what, and the editor API's schemas and write functions), so the three
 * screens are one factory (taxonomy.tsx) and act exactly as the API does.
 */
import { asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../db/client';
import { authors, sections, tags, type PersonRole } from '../db/schema';
import { listAuthors, listSections, listTags } from '../queries/editor-taxonomy';
import * as writes from '../routes/editor/taxonomy-writes';
import {
  createAuthorSchema, createSectionSchema, createTagSchema, updateAuthorSchema, updateSectionSchema, updateTagSchema,
} from '../schemas/taxonomy';

export interface TaxonomyField {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'number' | 'url';
  hint?: string;
}

export type TaxonomyRow = { id: number; slug: string; name: string } & Record<string, unknown>;

export interface TaxonomyKind {
  path: 'sections' | 'tags' | 'authors';
  singular: string;
  plural: string;
  fields: TaxonomyField[];
  /** The editor API's roles for each action (src/routes/editor/<path>.ts). */
  roles: { create: PersonRole; update: PersonRole; delete: PersonRole };
  page: (db: Db, limit: number, offset: number) => Promise<TaxonomyRow[]>;
  find: (db: Db, slug: string) => Promise<TaxonomyRow | undefined>;
  createSchema: z.ZodType;
  updateSchema: z.ZodType;
  create: (w: writes.WriteScope, input: never) => Promise<TaxonomyRow>;
  update: (w: writes.WriteScope, slug: string, input: never) => Promise<TaxonomyRow>;
  remove: (w: writes.WriteScope, slug: string) => Promise<void>;
}

const nameField: TaxonomyField = { name: 'name', label: 'Name', kind: 'text' };
const slugField: TaxonomyField = { name: 'slug', label: 'Slug', kind: 'text', hint: 'lowercase letters, digits and hyphens; left empty, it is made from the name' };

export const SECTIONS: TaxonomyKind = {
  path: 'sections',
  singular: 'section',
  plural: 'Sections',
  fields: [nameField, slugField, { name: 'description', label: 'Description', kind: 'textarea' }, { name: 'position', label: 'Position', kind: 'number', hint: 'order in the navigation, 0 first' }],
  roles: { create: 'admin', update: 'admin', delete: 'admin' },
  page: (db, limit, offset) => listSections(db).limit(limit).offset(offset),
  find: async (db, slug) => (await db.select().from(sections).where(eq(sections.slug, slug)))[0],
  createSchema: createSectionSchema,
  updateSchema: updateSectionSchema,
  create: writes.createSection as TaxonomyKind['create'],
  update: writes.updateSection as TaxonomyKind['update'],
  remove: writes.deleteSection,
};

export const TAGS: TaxonomyKind = {
  path: 'tags',
  singular: 'tag',
  plural: 'Tags',
  fields: [nameField, slugField],
  roles: { create: 'editor', update: 'editor', delete: 'admin' },
  page: (db, limit, offset) => listTags(db).limit(limit).offset(offset),
  find: async (db, slug) => (await db.select().from(tags).where(eq(tags.slug, slug)))[0],
  createSchema: createTagSchema,
  updateSchema: updateTagSchema,
  create: writes.createTag as TaxonomyKind['create'],
  update: writes.updateTag as TaxonomyKind['update'],
  remove: writes.deleteTag,
};

export const AUTHORS: TaxonomyKind = {
  path: 'authors',
  singular: 'author',
  plural: 'Authors',
  fields: [nameField, slugField, { name: 'bio', label: 'Biography', kind: 'textarea' }, { name: 'avatarUrl', label: 'Photo URL', kind: 'url', hint: 'an https address; empty for none' }],
  roles: { create: 'admin', update: 'admin', delete: 'admin' },
  page: (db, limit, offset) => listAuthors(db).limit(limit).offset(offset),
  find: async (db, slug) => (await db.select().from(authors).where(eq(authors.slug, slug)))[0],
  createSchema: createAuthorSchema,
  updateSchema: updateAuthorSchema,
  create: writes.createAuthor as TaxonomyKind['create'],
  update: writes.updateAuthor as TaxonomyKind['update'],
  remove: writes.deleteAuthor,
};

/** Authors for the byline pickers (people and tokens screens), by name. */
export const authorChoices = (db: Db) => db.select({ slug: authors.slug, name: authors.name }).from(authors).orderBy(asc(authors.name));

/**
 * A form's strings as the API's JSON would carry them. Creating, an empty field is left
 * out (the API's default); editing, an empty slug or position keeps the value, an empty
 * text clears it and an empty URL removes it. A number that is not one stays a string, so
 * the schema names the field.
 */
export function formToInput(kind: TaxonomyKind, form: Record<string, unknown>, editing: boolean): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of kind.fields) {
    const raw = typeof form[field.name] === 'string' ? (form[field.name] as string) : '';
    const value = field.kind === 'textarea' ? raw : raw.trim();
    if (value === '') {
      if (!editing || field.name === 'slug' || field.kind === 'number') continue;
      input[field.name] = field.kind === 'url' ? null : '';
    } else {
      input[field.name] = field.kind === 'number' && /^-?\d+$/.test(value) ? Number(value) : value;
    }
  }
  return input;
}
