/** @jsxImportSource hono/jsx */
/**
 * /newsroom/alerts (editors and admins, as the editor API): raise a breaking-news banner and
 * remove one, through publishing/alerts (raiseAlert, removeAlert), the API's own path, so
 * the purge, the audit entry (naming the person) and the checks are the same. The expiry is
 * typed in the site's time zone. The list is the API's: the latest 50 alerts.
 */
import { Hono, type Context } from 'hono';
import { HttpError } from '../http/errors';
import { fromZonedInputValue } from '../model/site-time';
import { raiseAlert, removeAlert } from '../publishing/alerts';
import { findRecentAlerts } from '../queries/alerts';
import { asHttp } from '../routes/editor/publishing-errors';
import { fieldDetails } from '../routes/editor/request-body';
import { createAlertSchema } from '../schemas/alerts';
import { readSiteSettings } from '../site/settings';
import { AlertsPage } from './alerts-views';
import type { NewsroomEnv } from './env';
import { personActor } from './identity';
import type { PageState } from './people-views';
import { renderNewsroom, requirePersonRole, type RenderOptions } from './render';
import { asPageState, screenDeps } from './screen-requests';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const DONE: Record<string, string> = { raised: 'Alert raised: readers see it now.', removed: 'Alert removed.' };

async function alertsPage(c: Context<NewsroomEnv>, state?: PageState, status?: RenderOptions['status']) {
  const [rows, settings] = await Promise.all([findRecentAlerts(c.var.db), readSiteSettings(c.var.db, c.env)]);
  const body = <AlertsPage alerts={rows} now={Date.now()} csrf={c.var.person.csrfToken} settings={settings} state={state} message={DONE[c.req.query('done') ?? '']} />;
  return renderNewsroom(c, 'Alerts', body, { person: c.var.person, status });
}


export const alertScreens = new Hono<NewsroomEnv>()
  .use(requirePersonRole('editor'))
  .get('/', (c) => alertsPage(c))
  .post('/', async (c) => {
    const form = (await c.req.parseBody()) as Record<string, unknown>;
    const refuse = (errors: Record<string, string[]> | undefined, message: string, status: 400 | 409) => alertsPage(c, { values: form, errors, message, error: true }, status);
    const settings = await readSiteSettings(c.var.db, c.env);
    const expires = text(form.expiresAt).trim();
    const expiresMs = expires ? fromZonedInputValue(expires, settings.timeZone) : null;
    if (expires && expiresMs === null) return refuse({ expiresAt: ['enter a date and time'] }, 'Check the fields marked below.', 400);
    const parsed = createAlertSchema.safeParse({
      text: text(form.text),
      url: text(form.url).trim() || undefined,
      language: text(form.language).trim() || undefined,
      expiresAt: expiresMs === null ? undefined : new Date(expiresMs).toISOString(),
    });
    if (!parsed.success) return refuse(fieldDetails(parsed.error).fields, 'Check the fields marked below.', 400);
    try {
      await asHttp(raiseAlert(c.var.db, screenDeps(c), await personActor(c), parsed.data, c.var.origin));
    } catch (error) {
      const refused = asPageState(error, form);
      return alertsPage(c, refused.state, refused.status);
    }
    return c.redirect('/newsroom/alerts?done=raised', 303);
  })
  .post('/:id/remove', async (c) => {
    const raw = c.req.param('id');
    if (!/^[1-9]\d{0,9}$/.test(raw)) throw new HttpError(404, 'not_found', 'No such alert', { field: 'id' });
    await asHttp(removeAlert(c.var.db, screenDeps(c), await personActor(c), Number(raw)));
    return c.redirect('/newsroom/alerts?done=removed', 303);
  });
