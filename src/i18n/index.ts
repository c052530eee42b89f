/**
 * Every string of the reader interface, in English and Polish. An article page speaks its
 * article's language; listings speak the site's (English). A language without a dictionary
 * (any tag the editor API accepts: "uk", "zz-ZZ", "qaa") gets the site's strings and the
 * site's date format, so a new article language never breaks a page.
 */
import { canonicalLanguageTag, primaryLanguage } from '../model/language';
import { en, type UiStrings } from './en';
import { pl } from './pl';

export type { UiStrings };

const DICTIONARIES: Record<string, UiStrings> = { en, pl };

/** The site's own language: listings, search and error pages. */
export const SITE_LANGUAGE = 'en';

/** Languages with a dictionary: what the site's default language may be set to (site settings). */
export const SUPPORTED_LANGUAGES = Object.keys(DICTIONARIES);

/** Dates in the site's own strings: "1 May 2026 at 10:00", day first, 24-hour clock. */
const SITE_DATE_LOCALE = 'en-GB';

/** The language whose dictionary speaks for `lang`: its primary subtag, or the site's. */
export function uiLanguage(lang: string): string {
  const primary = primaryLanguage(lang);
  return Object.hasOwn(DICTIONARIES, primary) ? primary : SITE_LANGUAGE;
}

/** UI strings for a content language tag such as "pl", "en-GB" or "zz-ZZ" (English). */
export function uiStrings(lang: string): UiStrings {
  return DICTIONARIES[uiLanguage(lang)] ?? en;
}

/**
 * The locale dates are spelled in: the one of the UI strings around them ("Published ..."),
 * refined by the article's own tag when it names that language ("pl-PL-u-ca-dangi"). A
 * stored tag Intl refuses (rows written before tags were canonicalised) falls back to the
 * dictionary's language instead of throwing a RangeError while the page renders.
 */
function dateLocale(lang: string): string {
  const language = uiLanguage(lang);
  if (language === SITE_LANGUAGE) return SITE_DATE_LOCALE;
  return canonicalLanguageTag(lang) ?? language;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one, and a listing
// formats dozens of dates: keep one formatter per locale for the life of the isolate.
// Locales come from editors' tags, so the cache is bounded rather than trusted to stay small.
const MAX_CACHED_FORMATTERS = 32;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' }): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone} ${options.timeZoneName ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    if (formatters.size >= MAX_CACHED_FORMATTERS) formatters.clear();
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The zone's short name at that instant, as the locale writes it: "CET", "CEST", "GMT-5". */
function zoneLabel(date: Date, locale: string, timeZone: string): string {
  if (timeZone === 'UTC') return 'UTC';
  const parts = formatterFor(locale, timeZone, { timeZoneName: 'short' }).formatToParts(date);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * A long date and time in the site's time zone (a site setting, default UTC), spelled the
 * way readers of `lang` expect, with the zone named: "1 May 2026 at 12:00 CEST". Machine
 * readable times (<time datetime>, feeds, JSON) stay ISO in UTC.
 */
export function formatDateTime(iso: string, lang: string, timeZone = 'UTC'): string {
  const date = new Date(iso);
  const locale = dateLocale(lang);
  return `${formatterFor(locale, timeZone).format(date)} ${zoneLabel(date, locale, timeZone)}`;
}
