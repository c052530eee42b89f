/**
 * Saving the site settings: the one write path (the newsroom's Settings screen calls it).
 * The row, its audit entry and the duty to purge commit in one D1 batch (the purge outbox,
 * edge-cache/outbox), then every cached reader page is purged at once: they all carry the
 * `site` tag (views/render), and feeds and sitemaps print the site name too.
 */
import type { Db } from '../db/client';
import { siteSettings } from '../db/schema-site';
import { cacheTag } from '../edge-cache/tags';
import { purgeOutboxInsert, runOutboxPurge, type PurgeReceipt } from '../edge-cache/outbox';
import type { Bindings } from '../env';
import { SUPPORTED_LANGUAGES } from '../i18n';
import { isValidTimeZone } from '../model/site-time';
import { auditEntry, type Actor } from '../publishing/write-change';
import type { SiteSettings } from './settings';

export const MAX_SITE_NAME_LENGTH = 100;

/** The tags a settings change purges: every page (site) and what prints the name outside pages. */
export const SETTINGS_PURGE_TAGS = [cacheTag.site(), cacheTag.home(), cacheTag.feeds(), cacheTag.sitemaps()];

/** Field errors of a submitted form, by field name; empty when it may be saved. */
export function validateSiteSettings(input: { name?: unknown; timeZone?: unknown; language?: unknown }): { value?: SiteSettings; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const name = typeof input.name === 'string' ? input.name.trim().replace(/\s+/g, ' ') : '';
  if (!name) errors.name = 'Enter the site name.';
  else if ([...name].length > MAX_SITE_NAME_LENGTH) errors.name = `The site name is at most ${MAX_SITE_NAME_LENGTH} characters.`;
  const timeZone = typeof input.timeZone === 'string' ? input.timeZone : '';
  if (!isValidTimeZone(timeZone)) errors.timeZone = 'Choose a time zone from the list (an IANA name such as Europe/Warsaw).';
  const language = typeof input.language === 'string' ? input.language : '';
  if (!SUPPORTED_LANGUAGES.includes(language)) errors.language = `Choose one of: ${SUPPORTED_LANGUAGES.join(', ')}.`;
  return Object.keys(errors).length ? { errors } : { value: { name, timeZone, language }, errors };
}

/** Stores the settings (audited) and purges every cached page; returns the purge's receipt. */
export async function saveSiteSettings(
  db: Db,
  env: Bindings,
  waitUntil: (p: Promise<unknown>) => void,
  actor: Actor & { personId: number },
  settings: SiteSettings,
  now = Date.now(),
): Promise<PurgeReceipt> {
  const row = { ...settings, updatedAt: new Date(now), updatedBy: actor.personId };
  const [, , outbox] = await db.batch([
    db.insert(siteSettings).values({ id: 1, ...row }).onConflictDoUpdate({ target: siteSettings.id, set: row }),
    auditEntry(db, actor, 'site-settings.update', null, settings),
    purgeOutboxInsert(db, SETTINGS_PURGE_TAGS, 'site settings changed'),
  ]);
  return runOutboxPurge(env, waitUntil, outbox[0]!.id, SETTINGS_PURGE_TAGS, now);
}
