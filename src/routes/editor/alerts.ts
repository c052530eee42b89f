/**
 * /api/v1/editor/alerts: breaking-news banners. Editors and admins raise and remove them;
 * contributors may neither raise nor list them (a banner reaches every reader at once).
 */
import { purgeJson } from './article-response';
import { Hono } from 'hono';
import type { Alert } from '../../db/schema';
import { requireRole, type EditorEnv } from '../../middleware/editor-auth';
import { raiseAlert, removeAlert, type AlertWrite } from '../../publishing/alerts';
import { findRecentAlerts } from '../../queries/alerts';
import { alertIdParamSchema, createAlertSchema } from '../../schemas/alerts';
import { actorOf, depsOf } from './access';
import { asHttp } from './publishing-errors';
import { jsonBody, params } from './request-body';

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function toEditorAlert(alert: Alert, now: number) {
  const state = alert.removedAt ? 'removed' : alert.expiresAt.getTime() <= now ? 'expired' : 'active';
  return {
    id: alert.id,
    text: alert.text,
    url: alert.url,
    language: alert.language,
    state,
    createdAt: alert.createdAt.toISOString(),
    expiresAt: alert.expiresAt.toISOString(),
    removedAt: iso(alert.removedAt),
  } as const;
}

const writeResponse = ({ alert, purge }: AlertWrite, now: number) => ({
  ...toEditorAlert(alert, now),
  purge: purgeJson(purge),
});

export const alertRoutes = new Hono<EditorEnv>()
  .get('/', requireRole('editor'), async (c) => {
    const now = Date.now();
    const rows = await findRecentAlerts(c.get('db'));
    return c.json({ items: rows.map((row) => toEditorAlert(row, now)) });
  })
  .post('/', requireRole('editor'), ...jsonBody(createAlertSchema), async (c) => {
    const deps = depsOf(c);
    const written = await asHttp(raiseAlert(c.get('db'), deps, actorOf(c), c.req.valid('json'), c.get('origin')));
    return c.json(writeResponse(written, deps.now()), 201);
  })
  .delete('/:id', requireRole('editor'), params(alertIdParamSchema), async (c) => {
    const deps = depsOf(c);
    const written = await asHttp(removeAlert(c.get('db'), deps, actorOf(c), c.req.valid('param').id));
    return c.json(writeResponse(written, deps.now()));
  });
