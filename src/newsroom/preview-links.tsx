/** @jsxImportSource hono/jsx */
/**
 * /newsroom/stories/:id/preview-links (docs/newsroom.md "Preview links"): list, create and
 * revoke a story's signed preview links. Who may: whoever may edit the story, by the editor
 * API's own guard (canEditGuard with the person's newsroom identity): editors and admins
 * any story, contributors their own drafts. Creating and revoking are audited.
 */
import { Hono, type Context } from 'hono';
import { HttpError } from '../http/errors';
import { formatDateTime } from '../i18n';
import type { ArticleState } from '../publishing';
import { createPreviewLink, DEFAULT_PREVIEW_LIFETIME, isPreviewLifetime, listPreviewLinks, revokePreviewLink } from '../preview/links';
import { previewPaths } from '../preview/lookup';
import { canEditGuard } from '../routes/editor/access';
import { readSiteSettings } from '../site/settings';
import type { NewsroomEnv } from './env';
import { newsroomActor } from './identity';
import { cannotPreview, PreviewLinksPage, type PreviewLinksPageProps } from './preview-links-views';
import { renderNewsroom } from './render';
import { pageParam, pathId } from './screen-requests';
import { readableStory } from './story-page-data';

export const PREVIEW_LINKS_PAGE_SIZE = 20;
const MAX_PAGE = 500;

/** The story, if it exists and the person may edit it (else 404 / 403), with their identity. */
const editableStory = (c: Context<NewsroomEnv>) => readableStory(c, (identity, story) => canEditGuard(identity)(story));

async function renderList(c: Context<NewsroomEnv>, state: ArticleState, extra: Pick<PreviewLinksPageProps, 'created' | 'revoked'> & { page?: number } = {}) {
  const page = extra.page ?? 1;
  const [rows, settings] = await Promise.all([
    listPreviewLinks(c.var.db, state.id, { limit: PREVIEW_LINKS_PAGE_SIZE, offset: (page - 1) * PREVIEW_LINKS_PAGE_SIZE }),
    readSiteSettings(c.var.db, c.env),
  ]);
  return renderNewsroom(
    c,
    `Preview links: ${state.title}`,
    <PreviewLinksPage
      story={{ id: state.id, title: state.title, status: state.status, deleted: state.deletedAt !== null }}
      links={rows.slice(0, PREVIEW_LINKS_PAGE_SIZE)}
      now={Date.now()}
      formatTime={(at) => formatDateTime(at.toISOString(), 'en', settings.timeZone)}
      csrfToken={c.var.person.csrfToken}
      page={page}
      hasOlder={rows.length > PREVIEW_LINKS_PAGE_SIZE}
      created={extra.created}
      revoked={extra.revoked}
    />,
    { person: c.var.person },
  );
}

export const previewLinkScreens = new Hono<NewsroomEnv>()
  .get('/:id/preview-links', async (c) => {
    const { state } = await editableStory(c);
    const page = pageParam(c.req.query('page'), MAX_PAGE);
    return renderList(c, state, { page, revoked: c.req.query('revoked') === '1' });
  })
  .post('/:id/preview-links', async (c) => {
    const { state, identity } = await editableStory(c);
    const blocked = cannotPreview({ status: state.status, deleted: state.deletedAt !== null });
    if (blocked) throw new HttpError(409, 'not_previewable', blocked, { field: 'id' });
    const lifetime = (await c.req.parseBody())['lifetime'] ?? DEFAULT_PREVIEW_LIFETIME;
    if (!isPreviewLifetime(lifetime)) throw new HttpError(400, 'invalid_lifetime', 'lifetime must be one of 1h, 1d, 7d, 30d', { field: 'lifetime' });
    const link = await createPreviewLink(c.var.db, newsroomActor(identity), { articleId: state.id, personId: c.var.person.id, lifetime });
    const paths = previewPaths(link.token);
    const origin = c.var.origin;
    // Answered here, not through a redirect: the token exists only in this response.
    return renderList(c, state, { created: { full: origin + paths.full, lite: origin + paths.lite, expiresAt: link.expiresAt } });
  })
  .post('/:id/preview-links/:linkId/revoke', async (c) => {
    const { state, identity } = await editableStory(c);
    const linkId = pathId(c, 'linkId');
    if (!(await revokePreviewLink(c.var.db, newsroomActor(identity), state.id, linkId))) {
      throw new HttpError(404, 'not_found', 'This story has no such active preview link', { field: 'linkId' });
    }
    return c.redirect(`/newsroom/stories/${state.id}/preview-links?revoked=1`, 303);
  });
