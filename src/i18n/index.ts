/**
 * Every string of the reader interface, in English and Polish. An article page speaks its
 * article's language; listings speak the site's (English). Unknown languages fall back to
 * English, so a new article language never breaks a page.
 */
import { en, type UiStrings } from './en';
import { pl } from './pl';

export type { UiStrings };

const DICTIONARIES: Record<string, UiStrings> = { en, pl };

/** The site's own language: listings, search and error pages. */
export const SITE_LANGUAGE = 'en';

/** UI strings for a content language tag such as "pl" or "en-GB". */
export function uiStrings(lang: string): UiStrings {
  return DICTIONARIES[lang.toLowerCase().split('-')[0] ?? ''] ?? en;
}

// Building an Intl.DateTimeFormat costs far more than formatting with one, and a listing
// formats dozens of dates: keep one formatter per locale for the life of the isolate.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A long date and time in UTC, spelled the way readers of `lang` expect. */
export function formatDateTime(iso: string, lang: string): string {
  const locale = uiStrings(lang) === en ? 'en-GB' : lang;
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return `${formatter.format(new Date(iso))} UTC`;
}
