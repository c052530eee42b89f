/**
 * Slugs from titles, Unicode-aware: letters of any script are kept (lowercased), accents
 * are folded where a plain letter exists ("Łódź" -> "lodz"), everything else becomes "-".
 */
const FOLD: Record<string, string> = { ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', þ: 'th', ð: 'd' };

export function slugify(title: string, maxLength = 80): string {
  // Lowercase after NFKD: compatibility forms can decompose to capitals ("ℙ" -> "P").
  const folded = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}+/gu, '')
    .replace(/[łđßæøœþð]/g, (ch) => FOLD[ch] ?? ch);
  // Keep exactly the characters SLUG_PATTERN allows; cut by code point, never mid-surrogate.
  const joined = folded.replace(/[^\p{Ll}\p{Lo}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  const slug = Array.from(joined).slice(0, maxLength).join('').replace(/-+$/, '');
  return slug || 'article';
}

/** A valid stored slug: lowercase letters/digits of any script separated by single hyphens. */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;
