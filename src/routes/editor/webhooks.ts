/**
 * /api/v1/editor/webhooks (admins only): register endpoints (the signing secret is in the
 * creation's answer only), list, change events/active, delete, read the delivery log and
 * replay a delivery. Contract and receiver guide: docs/webhooks.md.
 */
import { Hono } from 'hono';
import type * as z from 'zod';
import type { Db } from '../../db/client';
import type { Bindings } from '../../env';
import { HttpError, notFound } from '../../http/errors';
import { requireRole, type EditorEnv } from '../../middleware/editor-auth';
import { idParamSchema } from '../../schemas/common';
import { createWebhookSchema, deliveryListQuerySchema, deliveryParamSchema, updateWebhookSchema } from '../../schemas/webhooks';
import { allowsLoopback } from '../../webhooks/config';
import { requeueDelivery } from '../../webhooks/dispatch';
import { deleteEndpoint, findEndpoint, insertEndpoint, listDeliveries, listEndpoints, toEndpointJson, updateEndpoint } from '../../webhooks/endpoints';
import { encryptSecret, generateSigningSecret } from '../../webhooks/secrets';
import { webhookUrlProblem } from '../../webhooks/url-policy';
import { jsonBody, params, query } from './request-body';

const endpointNotFound = () => notFound('Webhook endpoint');

/**
 * Registers an endpoint (for the API and the newsroom alike): the deployment's URL policy,
 * a fresh signing secret stored encrypted; the answer is the only place the secret appears.
 */
export async function createWebhook(db: Db, env: Bindings, input: z.output<typeof createWebhookSchema>) {
  const problem = webhookUrlProblem(input.url, allowsLoopback(env));
  if (problem) throw new HttpError(400, 'validation_error', 'The request body is not valid', { fields: { url: [problem] } });
  const secret = generateSigningSecret();
  const row = await insertEndpoint(db, {
    url: new URL(input.url).href,
    events: input.events,
    active: input.active ?? true,
    secretCiphertext: await encryptSecret(secret, env.WEBHOOK_SECRET_KEY),
  });
  return { ...toEndpointJson(row), secret };
}

/** Sends an ended delivery again (same webhook-id and body); 404 unknown, 409 in progress or endpoint off. */
export async function replayDelivery(db: Db, env: Bindings, id: number, deliveryId: number) {
  const endpoint = await findEndpoint(db, id);
  if (!endpoint) throw endpointNotFound();
  const [before] = await listDeliveries(db, id, { id: deliveryId, limit: 1 });
  if (!before) throw notFound('Delivery');
  // Still in the Queue's hands: a replay now would deliver it twice.
  if (before.status === 'pending' || before.status === 'failing') {
    throw new HttpError(409, 'delivery_in_progress', `The delivery is ${before.status}; replay it once it has ended`);
  }
  if (!endpoint.active) throw new HttpError(409, 'endpoint_disabled', 'The endpoint is switched off; set active to true first', { fields: { active: ['is false'] } });
  await requeueDelivery(env, deliveryId);
  const [delivery] = await listDeliveries(db, id, { id: deliveryId, limit: 1 });
  return delivery!;
}

export const webhookRoutes = new Hono<EditorEnv>()
  .use(requireRole('admin'))
  .get('/', async (c) => c.json({ items: (await listEndpoints(c.get('db'))).map(toEndpointJson) }))
  .post('/', ...jsonBody(createWebhookSchema), async (c) => c.json(await createWebhook(c.get('db'), c.env, c.req.valid('json')), 201))
  .get('/:id', params(idParamSchema), async (c) => {
    const row = await findEndpoint(c.get('db'), c.req.valid('param').id);
    if (!row) throw endpointNotFound();
    return c.json(toEndpointJson(row));
  })
  .patch('/:id', params(idParamSchema), ...jsonBody(updateWebhookSchema), async (c) => {
    const row = await updateEndpoint(c.get('db'), c.req.valid('param').id, c.req.valid('json'), Date.now());
    if (!row) throw endpointNotFound();
    return c.json(toEndpointJson(row));
  })
  .delete('/:id', params(idParamSchema), async (c) => {
    if (!(await deleteEndpoint(c.get('db'), c.req.valid('param').id))) throw endpointNotFound();
    return c.body(null, 204);
  })
  .get('/:id/deliveries', params(idParamSchema), query(deliveryListQuerySchema), async (c) => {
    const id = c.req.valid('param').id;
    if (!(await findEndpoint(c.get('db'), id))) throw endpointNotFound();
    return c.json({ items: await listDeliveries(c.get('db'), id, c.req.valid('query')) });
  })
  .post('/:id/deliveries/:deliveryId/replay', params(deliveryParamSchema), async (c) => {
    const { id, deliveryId } = c.req.valid('param');
    return c.json(await replayDelivery(c.get('db'), c.env, id, deliveryId), 202);
  });
