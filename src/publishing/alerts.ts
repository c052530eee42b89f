/**
 * Raising and removing breaking-news alerts: the one write path for them (editor API, and
 * any script later). Like an article change, each write is one D1 batch of the row, an
 * audit entry and a purge-outbox row, then the purge with a receipt. The purge names the
 * `alerts` tag only: pages never embed an alert (they fetch the small alerts resource), so
 * raising one costs no page render, however many pages are cached (docs/alerts.md).
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { alerts, type Alert } from '../db/schema';
import { purgeOutboxInsert, type PurgeReceipt } from '../edge-cache/outbox';
import { cacheTag } from '../edge-cache/tags';
import { findAlert } from '../queries/alerts';
import type { CreateAlertInput } from '../schemas/alerts';
import type { PublishingDeps } from './deps';
import { invalidFields, PublishingError } from './errors';
import { auditEntry, type Actor } from './write-change';

/** An alert nobody set an end for leaves after this. */
export const DEFAULT_ALERT_LIFETIME_MS = 6 * 60 * 60 * 1000;
/** Nobody can leave a banner up longer than this without raising it again. */
export const MAX_ALERT_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export interface AlertWrite {
  alert: Alert;
  purge: PurgeReceipt;
}

/**
 * The path on this site that `url` names, or null when it leads elsewhere: the banner is
 * never an open redirect. Accepts "/articles/x", "/articles/x?y#z" and "https://<site>/...".
 */
export function sameSitePath(url: string, origin: string): string | null {
  if (!url.startsWith('/') && !/^https?:\/\//i.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, origin);
  } catch {
    return null;
  }
  // "//evil.example" and "/\evil.example" parse to another host: the origin check catches both.
  if (parsed.origin !== new URL(origin).origin || parsed.username || parsed.password) return null;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

function expiryOf(input: CreateAlertInput, now: number): number {
  if (input.expiresAt === undefined) return now + DEFAULT_ALERT_LIFETIME_MS;
  const at = Date.parse(input.expiresAt);
  if (at <= now) throw invalidFields({ expiresAt: ['must be in the future'] });
  if (at > now + MAX_ALERT_LIFETIME_MS) throw invalidFields({ expiresAt: ['at most 7 days ahead'] });
  return at;
}

/** Raises an alert: readers see it once the purge of `alerts` is done (at once, locally and on Workers Cache). */
export async function raiseAlert(db: Db, deps: PublishingDeps, actor: Actor, input: CreateAlertInput, origin: string): Promise<AlertWrite> {
  const now = deps.now();
  const url = input.url === undefined ? null : sameSitePath(input.url, origin);
  if (input.url !== undefined && url === null) throw invalidFields({ url: [`must be a path on this site ("/articles/...") or a URL starting with ${new URL(origin).origin}/`] });
  const expiresAt = expiryOf(input, now);
  const tags = [cacheTag.alerts()];
  const [inserted, , outbox] = await db.batch([
    db
      .insert(alerts)
      .values({ text: input.text, url, language: input.language ?? 'en', createdAt: new Date(now), expiresAt: new Date(expiresAt), createdByTokenId: actor.tokenId })
      .returning(),
    // Right after the insert, so last_insert_rowid() is the new alert.
    auditEntry(db, actor, 'alert.raise', null, sql`json_object('alertId', last_insert_rowid(), 'text', ${input.text}, 'url', ${url}, 'expiresAt', ${expiresAt})`),
    purgeOutboxInsert(db, tags, 'alert raised'),
  ]);
  const receipt = (await deps.purge(tags, outbox[0]!.id)) as PurgeReceipt;
  return { alert: inserted[0]!, purge: receipt };
}

/** Removes an alert for readers (the row stays for the record). */
export async function removeAlert(db: Db, deps: PublishingDeps, actor: Actor, id: number): Promise<AlertWrite> {
  const existing = await findAlert(db, id);
  if (!existing) throw new PublishingError('not_found', `No alert ${id}`);
  if (existing.removedAt) throw new PublishingError('invalid_state', `Alert ${id} was already removed`);
  const now = deps.now();
  const tags = [cacheTag.alerts()];
  const [updated, , outbox] = await db.batch([
    db.update(alerts).set({ removedAt: new Date(now) }).where(and(eq(alerts.id, id), isNull(alerts.removedAt))).returning(),
    auditEntry(db, actor, 'alert.remove', null, { alertId: id }),
    purgeOutboxInsert(db, tags, `alert ${id} removed`),
  ]);
  // A concurrent DELETE won the race between the check above and the batch: both were audited.
  if (!updated[0]) throw new PublishingError('invalid_state', `Alert ${id} was already removed`);
  const receipt = (await deps.purge(tags, outbox[0]!.id)) as PurgeReceipt;
  return { alert: updated[0], purge: receipt };
}
