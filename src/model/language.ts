/**
 * Article languages are BCP 47 tags in the form the runtime's own Intl canonicalises them
 * to. The editor API stores only tags Intl accepts, so every renderer can hand the tag to
 * Intl, to a `lang` attribute or to a feed as it is; dictionaries and date formats are
 * chosen from it with a fallback, never by trusting the language to be one we know.
 */

/**
 * Long enough for a language, script, region, variants and a few Unicode extensions
 * ("sr-Latn-RS-u-ca-gregory-nu-latn"); far beyond anything a newsroom tags an article with.
 */
export const MAX_LANGUAGE_TAG_LENGTH = 64;

/** The canonical form of `tag` ("PT-br" -> "pt-BR", "iw" -> "he"), or null when the runtime refuses it. */
export function canonicalLanguageTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    // RangeError for anything Intl cannot parse: "pl-12", "en_US", "x-private", "i-klingon".
    return null;
  }
}

/** The primary language subtag in lower case: "pl" for "pl-PL", "zz" for "zz-ZZ". */
export function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

// Intl also takes 5-8 letter primary subtags, which BCP 47 reserves and no language has:
// what an editor means by "Polish" or "English" is a name, not a tag, and is refused.
const ISO_639_CODE = /^[a-z]{2,3}$/;

/**
 * What the editor API stores for an article's `language`: the canonical tag, or null when
 * Intl refuses it, its primary subtag is not an ISO 639 code, or it is too long once
 * canonical ("en-u-ca-islamicc" grows into "en-u-ca-islamic-civil").
 */
export function articleLanguageTag(tag: string): string | null {
  const canonical = canonicalLanguageTag(tag);
  if (canonical === null || canonical.length > MAX_LANGUAGE_TAG_LENGTH) return null;
  return ISO_639_CODE.test(primaryLanguage(canonical)) ? canonical : null;
}
