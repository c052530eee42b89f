/**
 * /api/v1/editor/fronts/{front}: read and set the curated slots of the home page (`home`)
 * or of a section's page (its slug). Editors and admins only. PUT needs `If-Match` with the
 * ETag of the version read (428 without it, 412 when another editor changed it since).
 */
import { purgeField } from './article-response';
import { Hono, type Context } from 'hono';
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
const frontEtag = (front: FrontRef, revision: number) => `"f-${front.key.replace(':', '-')}-r${revision}"`;
const iso = (date: Date | null) => (date ? date.toISOString() : null);

async function frontOf(c: Context<EditorEnv>, name: string): Promise<FrontRef> {
  if (name === HOME_FRONT) return homeFront;
  const section = await findSection(c.get('db'), name);
  if (!section) throw new HttpError(404, 'not_found', `No front "${name}": use "home" or a section slug`);
  return sectionFront(section);
}

/**
 * The front as editors see it: slots whose story may still be shown (published, or scheduled
 * and waiting), unexpired. A slot whose story was unpublished or trashed has left the front.
 */
async function editorView(c: Context<EditorEnv>, front: FrontRef, now: number, change?: FrontChange): Promise<EditorFront> {
  const stored = await loadFrontForEditor(c.get('db'), front.key);
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
function expectedRevision(header: string | undefined, front: FrontRef, current: number): number {
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
function parseSlots(body: unknown): PutFrontInput {
  const result = putFrontSchema.safeParse(body);
  if (result.success) return result.data;
  const fields: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const names = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => fieldName([...issue.path, k])) : [fieldName(issue.path)];
    for (const name of names) (fields[name] ??= []).push(issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message);
  }
  throw new HttpError(400, 'validation_error', 'The request body is not valid', { fields });
}

/** JSON, size and media type are checked by jsonBody; the slots themselves by parseSlots. */
const frontBodySchema = z.record(z.string(), z.unknown());

export const frontRoutes = new Hono<EditorEnv>()
  .get('/:front', requireRole('editor'), params(frontParamSchema), async (c) => {
    const front = await frontOf(c, c.req.valid('param').front);
    const view = await editorView(c, front, Date.now());
    c.header('ETag', view.etag);
    return c.json(view);
  })
  .put('/:front', requireRole('editor'), params(frontParamSchema), ...jsonBody(frontBodySchema), async (c) => {
    const front = await frontOf(c, c.req.valid('param').front);
    const { revision } = await loadFrontForEditor(c.get('db'), front.key);
    const expected = expectedRevision(c.req.header('if-match'), front, revision);
    const deps = depsOf(c);
    const change = await asHttp(setFront(c.get('db'), deps, actorOf(c), front, parseSlots(c.req.valid('json')), expected));
    const view = await editorView(c, front, deps.now(), change);
    c.header('ETag', view.etag);
    return c.json(view);
  });
