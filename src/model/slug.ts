/**
 * Slugs from titles, Unicode-aware: letters of any script are kept (lowercased), accents
 * are folded where a plain letter exists ("Łódź" -> "lodz"), everything else becomes "-".
 */
const FOLD: Record<string, string> = { ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', þ: 'th', ð: 'd' };

export function slugify(title: string, maxLength = 80): string {
  const folded = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łđßæøœþð]/g, (ch) => FOLD[ch] ?? ch);
  const slug = folded
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug || 'article';
}

/** A valid stored slug: lowercase letters/digits of any script separated by single hyphens. */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;
