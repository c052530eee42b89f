/**
 * Slugs from headlines: ASCII only, so a URL reads the same in every browser, feed reader and
 * chat app. Accents are folded ("Łódź" -> "lodz"), Cyrillic and Greek are transliterated
 * ("Київ" -> "kyiv"); scripts with no agreed Latin spelling (CJK, Arabic, Hebrew...) drop
 * out, and a headline left with nothing becomes "article" (made unique by the caller).
 */
const FOLD: Record<string, string> = { ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', þ: 'th', ð: 'd', ı: 'i' };

// Ukrainian: the national transliteration (2010), as passports and road signs use it;
// Russian and Belarusian letters that Ukrainian lacks use their common simple forms.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', ё: 'e', ъ: '', ы: 'y', э: 'e', ў: 'u',
};
/** At the start of a word these Ukrainian letters take their "y" forms: Yevhen, Yalta, Yurii. */
const CYRILLIC_INITIAL: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };

const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** Default length: long enough to carry a headline's point, short enough to share. */
export const SLUG_MAX_LENGTH = 80;

/** Before NFKD: it would split "й" and "ї" into other letters plus marks. */
function transliterateCyrillic(text: string): string {
  let out = '';
  let previous = ' ';
  for (const ch of text) {
    const initial = !/\p{L}/u.test(previous);
    out += (initial ? CYRILLIC_INITIAL[ch] : undefined) ?? CYRILLIC[ch] ?? ch;
    previous = ch;
  }
  return out;
}

const mapEach = (text: string, ...maps: Record<string, string>[]) =>
  Array.from(text, (ch) => maps.find((m) => m[ch] !== undefined)?.[ch] ?? ch).join('');

/** Cuts at the last hyphen that fits, so a slug never ends in half a word. */
function cutAtWord(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

export function slugify(title: string, maxLength = SLUG_MAX_LENGTH): string {
  // Lowercase before NFKD too: compatibility forms can decompose to capitals ("ℙ" -> "P").
  const cyrillicDone = transliterateCyrillic(title.normalize('NFC').toLowerCase());
  const unaccented = cyrillicDone.normalize('NFKD').toLowerCase().replace(/\p{M}+/gu, '');
  const folded = mapEach(unaccented, GREEK, FOLD);
  const joined = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return cutAtWord(joined, maxLength) || 'article';
}

/** A valid stored slug: lowercase ASCII letters and digits separated by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
