/**
 * /api/v1/editor/fronts/{front}: read and set the curated slots of the home page (`home`)
 * or of a section's page (its slug). Editors and admins only. PUT needs `If-Match` with the
 * ETag of the version read (428 without it, 412 when another editor changed it since).
 */
import { purgeField } from './article-response';
import { Hono } from 'hono';
import type { Db } from '../../db/client';
import type { Actor, PublishingDeps } from '../../publishing';
import * as z from 'zod';
import { HttpError } from '../../http/errors';
import { requireRole, type EditorEnv } from '../../middleware/editor-auth';
import { setFront, type FrontChange } from '../../publishing/fronts';
import { findSection, HOME_FRONT, homeFront, loadFrontForEditor, sectionFront, type FrontRef } from '../../queries/fronts';
import { frontParamSchema, putFrontSchema, type EditorFront, type PutFrontInput } from '../../schemas/fronts';
import { actorOf, depsOf } from './access';
import { asHttp } from './publishing-errors';
import { jsonBody, params } from './request-body';

/** Strong ETag of one revision of one front. */
export const frontEtag = (front: FrontRef, revision: number) => `"f-${front.key.replace(':', '-')}-r${revision}"`;
const iso = (date: Date | null) => (date ? date.toISOString() : null);

export async function frontOf(db: Db, name: string): Promise<FrontRef> {
  if (name === HOME_FRONT) return homeFront;
  const section = await findSection(db, name);
  if (!section) throw new HttpError(404, 'not_found', `No front "${name}": use "home" or a section slug`);
  return sectionFront(section);
}

/**
 * The front as editors see it: slots whose story may still be shown (published, or scheduled
 * and waiting), unexpired. A slot whose story was unpublished or trashed has left the front.
 */
export async function editorView(db: Db, front: FrontRef, now: number, change?: FrontChange): Promise<EditorFront> {
  const stored = await loadFrontForEditor(db, front.key);
  const shown = stored.slots.filter(
    (s) => s.deletedAt === null && (s.status === 'published' || s.status === 'scheduled') && (s.expiresAt === null || s.expiresAt.getTime() > now),
  );
  const slot = (s: (typeof shown)[number]) => ({
    id: s.id, until: iso(s.expiresAt), title: s.title, slug: s.slug, status: s.status as 'published' | 'scheduled',
    publishedAt: iso(s.publishedAt), scheduledAt: iso(s.scheduledAt),
  });
  const lead = shown.find((s) => s.position === 0);
  return {
    front: front.name,
    lead: lead ? slot(lead) : null,
    top: shown.filter((s) => s.position > 0).map(slot),
    revision: stored.revision,
    etag: frontEtag(front, stored.revision),
    updatedAt: iso(stored.updatedAt),
    ...purgeField(change?.purge ?? null),
  };
}

/** The revision `If-Match` names: 428 without one, 412 when it is not the current ETag; `*` is whatever is current. */
export function expectedRevision(header: string | undefined, front: FrontRef, current: number): number {
  if (header === undefined || header.trim() === '') {
    throw new HttpError(428, 'precondition_required', 'Send If-Match with the ETag of the front you edited', {
      fields: { 'If-Match': ['required: the ETag of the version you edited'] },
    });
  }
  const etag = frontEtag(front, current);
  if (header.trim() === '*' || header.split(',').map((t) => t.trim().replace(/^W\//, '')).includes(etag)) return current;
  throw new HttpError(412, 'precondition_failed', 'The front changed since you read it; fetch it again and reapply your change', {
    currentEtag: etag,
    fields: { 'If-Match': [`${header.trim()} is not the current version ${etag}`] },
  });
}

/** `top.2.until` -> `top[2].until`: slots are named the way editors count them. */
const fieldName = (path: PropertyKey[]) => path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');

/** Validates the slots; a 400 names each bad slot (`top[2]`, `lead.until`). */
export function parseSlots(body: unknown): PutFrontInput {
  const result = putFrontSchema.safeParse(body);
  if (result.success) return result.data;
  const fields: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const names = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => fieldName([...issue.path, k])) : [fieldName(issue.path)];
    for (const name of names) (fields[name] ??= []).push(issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message);
  }
  throw new HttpError(400, 'validation_error', 'The request body is not valid', { fields });
}

/**
 * A PUT of the front's slots, for the API and the newsroom alike: the If-Match rule (428/412),
 * the slots' checks (400 naming each), then setFront; answers the front as it is now.
 */
export async function putFront(db: Db, deps: PublishingDeps, actor: Actor, front: FrontRef, ifMatch: string | undefined, body: unknown): Promise<EditorFront> {
  const { revision } = await loadFrontForEditor(db, front.key);
  const expected = expectedRevision(ifMatch, front, revision);
  const change = await asHttp(setFront(db, deps, actor, front, parseSlots(body), expected));
  return editorView(db, front, deps.now(), change);
}

/** JSON, size and media type are checked by jsonBody; the slots themselves by parseSlots. */
const frontBodySchema = z.record(z.string(), z.unknown());

export const frontRoutes = new Hono<EditorEnv>()
  .get('/:front', requireRole('editor'), params(frontParamSchema), async (c) => {
    const front = await frontOf(c.get('db'), c.req.valid('param').front);
    const view = await editorView(c.get('db'), front, Date.now());
    c.header('ETag', view.etag);
    return c.json(view);
  })
  .put('/:front', requireRole('editor'), params(frontParamSchema), ...jsonBody(frontBodySchema), async (c) => {
    const front = await frontOf(c.get('db'), c.req.valid('param').front);
    const view = await putFront(c.get('db'), depsOf(c), actorOf(c), front, c.req.header('if-match'), c.req.valid('json'));
    c.header('ETag', view.etag);
    return c.json(view);
  });
