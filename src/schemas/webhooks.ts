/**
 * Editor API schemas for webhooks (/api/v1/editor/webhooks, admins only). The URL rules
 * that depend on the deployment (loopback allowed under `npm run dev`) are checked by the
 * route with src/webhooks/url-policy.ts; the shape is checked here.
 */
import * as z from 'zod';
import { WEBHOOK_DELIVERY_STATUSES } from '../db/schema-webhooks';
import { WEBHOOK_EVENT_TYPES } from '../webhooks/events';
import { idSchema } from './common';
import { MAX_URL_LENGTH } from '../webhooks/url-policy';

const eventsSchema = z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1).max(WEBHOOK_EVENT_TYPES.length)
  .refine((events) => new Set(events).size === events.length, 'must not repeat an event');

export const createWebhookSchema = z.strictObject({
  url: z.string().trim().min(1).max(MAX_URL_LENGTH),
  events: eventsSchema,
  active: z.boolean().optional(),
});

export const updateWebhookSchema = z
  .strictObject({ events: eventsSchema.optional(), active: z.boolean().optional() })
  .refine((v) => v.events !== undefined || v.active !== undefined, 'send events or active');

export const webhookSchema = z.object({
  id: z.number().int(),
  url: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  active: z.boolean(),
  disabledReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** The one answer that carries the signing secret ("whsec_..."): the creation's. */
export const createdWebhookSchema = webhookSchema.extend({ secret: z.string() });

export const webhookDeliverySchema = z.object({
  id: z.number().int(),
  eventId: z.number().int(),
  type: z.string(),
  articleId: z.number().int(),
  /** The `webhook-id` header, the same for every attempt and replay. */
  messageId: z.string(),
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  responseExcerpt: z.string().nullable(),
  createdAt: z.string(),
  lastAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
});

export const deliveryListQuerySchema = z.strictObject({
  status: z.enum(WEBHOOK_DELIVERY_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const deliveryParamSchema = z.strictObject({ id: idSchema, deliveryId: idSchema });
