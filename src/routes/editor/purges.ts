/** /api/v1/editor/purges: cache purges not yet confirmed everywhere (the cron retries them). */
import { Hono } from 'hono';
import { listPendingPurges } from '../../edge-cache/outbox';
import { requireRole, type EditorEnv } from '../../middleware/editor-auth';

export const purgeRoutes = new Hono<EditorEnv>().get('/', requireRole('editor'), async (c) => {
  const rows = await listPendingPurges(c.get('db'));
  return c.json({ items: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })) });
});
