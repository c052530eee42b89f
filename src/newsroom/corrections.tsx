/** @jsxImportSource hono/jsx */
/**
 * Corrections, clarifications and update notes of a story in the newsroom (docs/newsroom.md
 * "Corrections"), mounted under /newsroom/stories. The editor API's rules and functions
 * (routes/editor/corrections.ts, publishing/corrections.ts): anyone who may read the story
 * sees its notes; editors add and fix them; only admins remove one. A story that is not
 * public answers the API's 409 reason on the page.
 */
import { Hono, type Context } from 'hono';
import { formatDateTime } from '../i18n';
import { hasRole } from '../middleware/editor-auth';
import { isPublicState } from '../publishing/article-state';
import { addNote, editNote, removeNote } from '../publishing/corrections';
import { listNotesForEditor } from '../queries/corrections';
import { asHttp } from '../routes/editor/publishing-errors';
import { fieldDetails } from '../routes/editor/request-body';
import { createCorrectionSchema, updateCorrectionSchema } from '../schemas/corrections';
import { readSiteSettings } from '../site/settings';
import { CorrectionsPage } from './corrections-views';
import type { NewsroomEnv } from './env';
import { personActor } from './identity';
import type { PageState } from './people-views';
import { renderNewsroom, requirePersonRole, type RenderOptions } from './render';
import { asPageState, formText, pathId, screenDeps } from './screen-requests';
import { readableStory } from './story-page-data';

const DONE: Record<string, string> = { added: 'Note added: readers see it now.', edited: 'Note saved.', removed: 'Note removed; the audit log keeps it.' };

async function page(c: Context<NewsroomEnv>, state?: PageState & { noteId?: number }, status?: RenderOptions['status']) {
  const { state: story, identity } = await readableStory(c);
  const [notes, settings] = await Promise.all([listNotesForEditor(c.var.db, story.id), readSiteSettings(c.var.db, c.env)]);
  const formatTime = (at: Date) => formatDateTime(at.toISOString(), 'en', settings.timeZone);
  const body = (
    <CorrectionsPage
      story={{ id: story.id, title: story.title, isPublic: isPublicState(story) }}
      notes={notes}
      formatTime={formatTime}
      csrf={c.var.person.csrfToken}
      canWrite={hasRole(identity.role, 'editor')}
      canRemove={hasRole(identity.role, 'admin')}
      state={state}
      message={DONE[c.req.query('done') ?? '']}
    />
  );
  return renderNewsroom(c, `Corrections: ${story.title}`, body, { person: c.var.person, status });
}

const back = (id: number, done: string) => `/newsroom/stories/${id}/corrections?done=${done}`;

export const correctionScreens = new Hono<NewsroomEnv>()
  .get('/:id/corrections', (c) => page(c))
  .post('/:id/corrections', requirePersonRole('editor'), async (c) => {
    const id = pathId(c, 'id');
    const form = (await c.req.parseBody()) as Record<string, unknown>;
    const parsed = createCorrectionSchema.safeParse({ kind: formText(form, 'kind'), text: formText(form, 'text') });
    if (!parsed.success) return page(c, { values: form, errors: fieldDetails(parsed.error).fields, message: 'Check the fields marked below.', error: true }, 400);
    try {
      await asHttp(addNote(c.var.db, screenDeps(c), await personActor(c), id, parsed.data));
    } catch (error) {
      const refused = asPageState(error, form);
      return page(c, refused.state, refused.status);
    }
    return c.redirect(back(id, 'added'), 303);
  })
  .post('/:id/corrections/:noteId', requirePersonRole('editor'), async (c) => {
    const [id, noteId] = [pathId(c, 'id'), pathId(c, 'noteId')];
    const form = (await c.req.parseBody()) as Record<string, unknown>;
    const parsed = updateCorrectionSchema.safeParse({ kind: formText(form, 'kind'), text: formText(form, 'text') });
    if (!parsed.success) return page(c, { values: form, errors: fieldDetails(parsed.error).fields, message: 'Check the fields marked below.', error: true, noteId }, 400);
    try {
      await asHttp(editNote(c.var.db, screenDeps(c), await personActor(c), id, noteId, parsed.data));
    } catch (error) {
      const refused = asPageState(error, form);
      return page(c, { ...refused.state, noteId }, refused.status);
    }
    return c.redirect(back(id, 'edited'), 303);
  })
  .post('/:id/corrections/:noteId/remove', requirePersonRole('admin'), async (c) => {
    const [id, noteId] = [pathId(c, 'id'), pathId(c, 'noteId')];
    await asHttp(removeNote(c.var.db, screenDeps(c), await personActor(c), id, noteId));
    return c.redirect(back(id, 'removed'), 303);
  });
