/** Reads of breaking-news alerts: the few readers see, the recent ones editors see. */
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { alerts, type Alert } from '../db/schema';

/** At most this many alerts are public at once; the banner shows the newest. */
export const MAX_ACTIVE_ALERTS = 3;
/** How many past alerts the editors' list shows besides the active ones. */
const RECENT_ALERTS = 50;

const publicColumns = { id: alerts.id, text: alerts.text, url: alerts.url, language: alerts.language, createdAt: alerts.createdAt, expiresAt: alerts.expiresAt };
export type PublicAlert = Pick<Alert, keyof typeof publicColumns>;

/** Alerts readers see at `now`: not removed, not expired, newest first. */
export function findActiveAlerts(db: Db, now: number): Promise<PublicAlert[]> {
  return activeAlertsQuery(db, now);
}

/** The statement of findActiveAlerts, for a batch (the alerts feed reads the site's name with it). */
export function activeAlertsQuery(db: Db, now: number) {
  return db
    .select(publicColumns)
    .from(alerts)
    .where(and(isNull(alerts.removedAt), gt(alerts.expiresAt, new Date(now))))
    .orderBy(desc(alerts.id))
    .limit(MAX_ACTIVE_ALERTS);
}

/** The latest alerts whatever their state, newest first (the editors' list). */
export function findRecentAlerts(db: Db): Promise<Alert[]> {
  return db.select().from(alerts).orderBy(desc(alerts.id)).limit(RECENT_ALERTS);
}

export async function findAlert(db: Db, id: number): Promise<Alert | null> {
  const [row] = await db.select().from(alerts).where(eq(alerts.id, id));
  return row ?? null;
}
