/**
 * Site settings (docs/newsroom.md "Site settings and time zone"): the site's name, the time
 * zone reader pages show times in, and the default language. One row in site_settings,
 * written from the newsroom by admins; no row means the defaults below.
 *
 * Reader pages never pay a round trip for them: navigationQuery (src/queries/listings)
 * carries the row as JSON on every section row, in the batch each page already sends, and
 * `settingsFromNavigation` reads it back. Everything else calls `readSiteSettings`.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { siteSettings } from '../db/schema-site';
import { SITE_LANGUAGE, SUPPORTED_LANGUAGES } from '../i18n';
import { isValidTimeZone } from '../model/site-time';

export interface SiteSettings {
  name: string;
  /** IANA time zone name: "UTC", "Europe/Warsaw". */
  timeZone: string;
  /** A language src/i18n has a dictionary for ("en", "pl"). */
  language: string;
}

export const DEFAULT_TIME_ZONE = 'UTC';

/** What a site without a settings row uses. */
export const defaultSiteSettings = (env: { SITE_NAME: string }): SiteSettings => ({
  name: env.SITE_NAME,
  timeZone: DEFAULT_TIME_ZONE,
  language: SITE_LANGUAGE,
});

/**
 * A stored row, or its JSON from navigationQuery, made safe to render: a zone this runtime
 * no longer knows or a language without a dictionary falls back to the default instead of
 * throwing while a page renders.
 */
export function toSiteSettings(row: Partial<SiteSettings> | null | undefined, env: { SITE_NAME: string }): SiteSettings {
  const defaults = defaultSiteSettings(env);
  if (!row) return defaults;
  return {
    name: row.name?.trim() || defaults.name,
    timeZone: row.timeZone && isValidTimeZone(row.timeZone) ? row.timeZone : defaults.timeZone,
    language: row.language && (SUPPORTED_LANGUAGES as readonly string[]).includes(row.language) ? row.language : defaults.language,
  };
}

/** The read of the settings row by primary key, as a statement for the batch a route already sends. */
export const siteSettingsStatement = (db: Db) => db.select().from(siteSettings).where(eq(siteSettings.id, 1));

/** The settings, in one small read by primary key. */
export async function readSiteSettings(db: Db, env: { SITE_NAME: string }): Promise<SiteSettings> {
  const [row] = await db.select().from(siteSettings).where(eq(siteSettings.id, 1));
  return toSiteSettings(row, env);
}

/** The settings carried by navigationQuery's rows (JSON in `siteSettings`); defaults when absent. */
export function settingsFromNavigation(navigation: readonly { siteSettings?: string | null }[], env: { SITE_NAME: string }): SiteSettings {
  const json = navigation[0]?.siteSettings;
  if (!json) return defaultSiteSettings(env);
  try {
    return toSiteSettings(JSON.parse(json) as Partial<SiteSettings>, env);
  } catch {
    return defaultSiteSettings(env);
  }
}
