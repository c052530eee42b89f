/**
 * The editor API, /api/v1/editor: bearer-token auth, then one sub-app per resource.
 * Nothing here is cacheable: every response is `private, no-store`.
 */
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { editorAuth, type EditorEnv } from '../../middleware/editor-auth';
import { articleActionRoutes } from './article-actions';
import { articleRoutes } from './articles';
import { correctionRoutes } from './corrections';
import { editorShareCountRoutes } from '../editor-share-counts';
import { authorRoutes } from './authors';
import { revisionRoutes } from './revisions';
import { sectionRoutes } from './sections';
import { tagRoutes } from './tags';
import { tokenRoutes } from './tokens';
import { purgeRoutes } from './purges';
import { frontRoutes } from './fronts';
import { liveEntryRoutes } from './live-entries';
import { alertRoutes } from './alerts';
import { webhookRoutes } from './webhooks';
import { mediaRoutes } from './media';

const noStore = createMiddleware(async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'private, no-store');
});

export const editorApi = new Hono<EditorEnv>()
  .use(noStore)
  .use(editorAuth())
  .route('/articles', articleRoutes)
  .route('/articles', articleActionRoutes)
  .route('/articles', revisionRoutes)
  .route('/articles', editorShareCountRoutes)
  .route('/articles', correctionRoutes)
  .route('/articles', liveEntryRoutes)
  .route('/authors', authorRoutes)
  .route('/sections', sectionRoutes)
  .route('/tags', tagRoutes)
  .route('/tokens', tokenRoutes)
  .route('/alerts', alertRoutes)
  .route('/fronts', frontRoutes)
  .route('/purges', purgeRoutes)
  .route('/media', mediaRoutes)
  .route('/webhooks', webhookRoutes);

/** The editor API's route types, for Hono's typed client: `hc<EditorApi>(baseUrl)`. */
export type EditorApi = typeof editorApi;
