/**
 * Helpers for the webhook tests: the loopback receiver (tests/support/webhook-receiver.ts,
 * started by the worker project's globalSetup), bounded polling, and signature checks
 * written from the documented algorithm alone (docs/webhooks.md), not from src/webhooks.
 */
import { Webhook } from 'standardwebhooks';
import { expect, inject } from 'vitest';
import { api } from './editor-support';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the loopback receiver, from the worker project's globalSetup. */
    webhookReceiver: string;
  }
}

export interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
  answered: number;
}

/** A URL on the loopback receiver: mode is ok, fail, gone, redirect or flaky/<n>. */
export const receiverUrl = (mode: string, name: string) => `${inject('webhookReceiver')}/${mode}/${name}`;

export async function received(name: string): Promise<Received[]> {
  const res = await fetch(`${inject('webhookReceiver')}/log/${name}`);
  return (await res.json()) as Received[];
}

/** Polls `probe` until it answers something truthy; fails after `timeoutMs` (never hangs). */
export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 25_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Waits until `name` has received at least `count` requests. */
export const waitForRequests = (name: string, count: number, timeoutMs?: number) =>
  waitFor(async () => {
    const log = await received(name);
    return log.length >= count ? log : null;
  }, `${count} request(s) at receiver "${name}"`, timeoutMs);

export async function registerWebhook(token: string, url: string, events: string[]) {
  const res = await api('/webhooks', { token, json: { url, events } });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: number; secret: string; url: string; events: string[]; active: boolean };
}

/** The documented algorithm: HMAC-SHA256 over "id.timestamp.body", key = base64 after "whsec_". */
export async function verifyDocumented(secret: string, request: Received): Promise<boolean> {
  const keyBytes = Uint8Array.from(atob(secret.replace(/^whsec_/, '')), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signed = `${request.headers['webhook-id']}.${request.headers['webhook-timestamp']}.${request.body}`;
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(signed)));
  const expected = `v1,${btoa(String.fromCharCode(...mac))}`;
  return request.headers['webhook-signature']!.split(' ').includes(expected);
}

/** The independent check: the `standardwebhooks` package (throws on a bad signature or an old timestamp). */
export function verifyWithLibrary(secret: string, request: Received) {
  return new Webhook(secret).verify(request.body, {
    'webhook-id': request.headers['webhook-id']!,
    'webhook-timestamp': request.headers['webhook-timestamp']!,
    'webhook-signature': request.headers['webhook-signature']!,
  }) as { type: string; timestamp: string; data: Record<string, unknown> };
}

export async function deliveries(token: string, endpointId: number) {
  const res = await api(`/webhooks/${endpointId}/deliveries`, { token });
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: DeliveryJson[] }).items;
}

export interface DeliveryJson {
  id: number;
  type: string;
  messageId: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  responseExcerpt: string | null;
}
