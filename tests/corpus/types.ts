/**
 * The shape of one corpus story as written by hand in the data modules. Everything in the
 * corpus is invented: Harborview, its districts, people, firms and the `.example` sites
 * cited as sources do not exist.
 */

/** Sections the dev seed creates (seed/content.ts). */
export type SectionSlug = 'world' | 'business' | 'technology' | 'science' | 'culture' | 'sport';

/** Languages in the corpus (BCP 47 tags as the editor API takes them). */
export type CorpusLanguage = 'en' | 'pl' | 'uk' | 'de' | 'fr' | 'es';

export interface CorpusSource {
  name: string;
  url: string;
}

export interface CorpusHeroImage {
  url: string;
  alt: string;
  caption?: string;
  credit?: string;
}

export interface CorpusStory {
  /** Stable handle inside the corpus; `previously` names earlier stories by it. */
  key: string;
  title: string;
  /** The standfirst. */
  dek: string;
  /** Markdown, as a reporter would paste it into the editor. */
  body: string;
  section: SectionSlug;
  /** Author slug (seed or corpus taxonomy), or null for an unsigned staff item. */
  author: string | null;
  /** Tag slugs (seed or corpus taxonomy). */
  tags: string[];
  sources: CorpusSource[];
  language: CorpusLanguage;
  /** Earlier corpus stories this one follows up ("Previously reported"), by key. */
  previously?: string[];
  /** A word of the story that search must find it by (few other stories use it). */
  searchTerm: string;
  heroImage?: CorpusHeroImage;
}
