/**
 * Tags and authors the corpus uses beyond the dev seed's. The tests create them through
 * the editor API (tags need an editor token, authors an admin one) before any story.
 * Entries without `slug` let the API derive it from the name; `expectedSlug` is what it must
 * derive (ASCII-folded).
 */

export interface CorpusTag {
  name: string;
  slug?: string;
  expectedSlug: string;
}

export interface CorpusAuthor {
  name: string;
  slug?: string;
  expectedSlug: string;
  bio: string;
}

export const corpusTags: CorpusTag[] = [
  { name: 'Schools', slug: 'schools', expectedSlug: 'schools' },
  { name: 'Public safety', slug: 'public-safety', expectedSlug: 'public-safety' },
  { name: 'Weather', expectedSlug: 'weather' },
  { name: 'Courts & justice', expectedSlug: 'courts-justice' },
  { name: 'Українська громада', slug: 'ukrainian-community', expectedSlug: 'ukrainian-community' },
  { name: 'Żegluga', expectedSlug: 'zegluga' },
  { name: 'Mariners FC', expectedSlug: 'mariners-fc' },
];

export const corpusAuthors: CorpusAuthor[] = [
  {
    name: 'Oksana Hrytsenko',
    slug: 'oksana-hrytsenko',
    expectedSlug: 'oksana-hrytsenko',
    bio: 'Community reporter writing in Ukrainian and English about the families, schools and small firms of Harborview’s Ukrainian community.',
  },
  {
    name: 'Greta Vollmer',
    expectedSlug: 'greta-vollmer',
    bio: 'Correspondent in Kaltenhafen, Harborview’s German twin town on the estuary, covering its port, trams and town council.',
  },
  {
    name: 'Zofia Kędzierska',
    expectedSlug: 'zofia-kedzierska',
    bio: 'Reporterka z Nowej Przystani: samorząd, szkoły i sprawy mieszkańców. Writes in Polish and English.',
  },
  {
    name: 'Desmond Achebe-Ward',
    slug: 'desmond-achebe-ward',
    expectedSlug: 'desmond-achebe-ward',
    bio: 'Courts and public safety reporter. Sits through the hearings so you do not have to.',
  },
];
