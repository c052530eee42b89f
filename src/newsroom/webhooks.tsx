/** @jsxImportSource hono/jsx */
/**
 * /newsroom/webhooks (admins, as the editor API): the subscriptions, registering one (its
 * signing secret is shown on the answer to that form only, never in a URL or again),
 * switching one off or on, deleting it, its latest deliveries and "Replay". Writes go
 * through the API's functions (routes/editor/webhooks.ts createWebhook/replayDelivery,
 * webhooks/endpoints), so the URL policy and the replay rules are the API's.
 */
import { Hono, type Context } from 'hono';
import { HttpError, notFound } from '../http/errors';
import { formatDateTime } from '../i18n';
import { createWebhook, replayDelivery } from '../routes/editor/webhooks';
import { fieldDetails } from '../routes/editor/request-body';
import { createWebhookSchema, updateWebhookSchema } from '../schemas/webhooks';
import { readSiteSettings } from '../site/settings';
import { deleteEndpoint, findEndpoint, listDeliveries, listEndpoints, updateEndpoint } from '../webhooks/endpoints';
import type { NewsroomEnv } from './env';
import type { PageState } from './people-views';
import { renderNewsroom, requirePersonRole, type RenderOptions } from './render';
import { asPageState, formText, pathId } from './screen-requests';
import { DeliveriesPage, WebhooksPage } from './webhooks-views';

/** Deliveries shown per endpoint: the API's default page; older ones are in the API (`limit` up to 100). */
export const RECENT_DELIVERIES = 50;

const DONE: Record<string, string> = { enabled: 'Endpoint switched on.', disabled: 'Endpoint switched off.', deleted: 'Endpoint and its delivery log deleted.', replayed: 'Delivery queued again.' };

async function formatter(c: Context<NewsroomEnv>) {
  const { timeZone } = await readSiteSettings(c.var.db, c.env);
  return (iso: string | null) => (iso ? formatDateTime(iso, 'en', timeZone) : '—');
}

async function listPage(c: Context<NewsroomEnv>, extra: { state?: PageState; secret?: { id: number; url: string; secret: string } } = {}, status?: RenderOptions['status']) {
  const [endpoints, format] = await Promise.all([listEndpoints(c.var.db), formatter(c)]);
  const body = <WebhooksPage endpoints={endpoints} format={format} csrf={c.var.person.csrfToken} state={extra.state} created={extra.secret} message={DONE[c.req.query('done') ?? '']} />;
  return renderNewsroom(c, 'Webhooks', body, { person: c.var.person, status });
}

async function deliveriesPage(c: Context<NewsroomEnv>, state?: PageState, status?: RenderOptions['status']) {
  const id = pathId(c, 'id');
  const endpoint = await findEndpoint(c.var.db, id);
  if (!endpoint) throw notFound('Webhook endpoint');
  const [deliveries, format] = await Promise.all([listDeliveries(c.var.db, id, { limit: RECENT_DELIVERIES }), formatter(c)]);
  const body = <DeliveriesPage endpoint={endpoint} deliveries={deliveries} limit={RECENT_DELIVERIES} format={format} csrf={c.var.person.csrfToken} state={state} message={DONE[c.req.query('done') ?? '']} />;
  return renderNewsroom(c, `Deliveries to ${endpoint.url}`, body, { person: c.var.person, status });
}

const CHECK = 'Check the fields marked below.';

export const webhookScreens = new Hono<NewsroomEnv>()
  .use(requirePersonRole('admin'))
  .get('/', (c) => listPage(c))
  .post('/', async (c) => {
    const form = (await c.req.parseBody({ all: true })) as Record<string, unknown>;
    const chosen = form.events === undefined ? [] : ([] as unknown[]).concat(form.events);
    const values = { url: formText(form, 'url') ?? '', events: chosen.map(String), active: formText(form, 'active') === 'true' };
    const parsed = createWebhookSchema.safeParse(values);
    if (!parsed.success) return listPage(c, { state: { values, errors: fieldDetails(parsed.error).fields, message: CHECK, error: true } }, 400);
    try {
      const created = await createWebhook(c.var.db, c.env, parsed.data);
      // Answered on this page, not after a redirect: the secret must never sit in a URL or a later page.
      return listPage(c, { secret: { id: created.id, url: created.url, secret: created.secret } });
    } catch (error) {
      const refused = asPageState(error, values);
      return listPage(c, { state: refused.state }, refused.status);
    }
  })
  .post('/:id/active', async (c) => {
    const id = pathId(c, 'id');
    const form = (await c.req.parseBody()) as Record<string, unknown>;
    const parsed = updateWebhookSchema.safeParse({ active: formText(form, 'active') === 'true' ? true : formText(form, 'active') === 'false' ? false : undefined });
    if (!parsed.success) throw new HttpError(400, 'validation_error', 'Send active=true or active=false', { field: 'active' });
    if (!(await updateEndpoint(c.var.db, id, parsed.data, Date.now()))) throw notFound('Webhook endpoint');
    return c.redirect(`/newsroom/webhooks?done=${parsed.data.active ? 'enabled' : 'disabled'}`, 303);
  })
  .post('/:id/delete', async (c) => {
    if (!(await deleteEndpoint(c.var.db, pathId(c, 'id')))) throw notFound('Webhook endpoint');
    return c.redirect('/newsroom/webhooks?done=deleted', 303);
  })
  .get('/:id', (c) => deliveriesPage(c))
  .post('/:id/deliveries/:deliveryId/replay', async (c) => {
    const [id, deliveryId] = [pathId(c, 'id'), pathId(c, 'deliveryId')];
    try {
      await replayDelivery(c.var.db, c.env, id, deliveryId);
    } catch (error) {
      const refused = asPageState(error, {});
      return deliveriesPage(c, refused.state, refused.status);
    }
    return c.redirect(`/newsroom/webhooks/${id}?done=replayed`, 303);
  });
