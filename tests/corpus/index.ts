/**
 * The newsroom corpus (issue #10): original, invented local news from Harborview and its
 * twin towns, in several languages, as a newsroom would write it. Separate from the dev
 * seed: the tests create it through the editor API and the Markdown CLI.
 *
 * `corpus` lists every story in publication order; `previously` holds indexes of earlier
 * stories, which a test maps to the article ids the API gave them.
 */
import { stringify } from 'yaml';
import { german } from './de';
import { enBriefs } from './en-briefs';
import { enCity } from './en-city';
import { enLife } from './en-life';
import { followUps } from './follow-ups';
import { frenchAndSpanish } from './fr-es';
import { longReads } from './long-reads';
import { polish } from './pl';
import type { CorpusStory } from './types';
import { ukrainian } from './uk';

export type { CorpusLanguage, CorpusSource, CorpusStory, SectionSlug } from './types';
export { corpusAuthors, corpusTags } from './taxonomy';

export interface CorpusArticle extends Omit<CorpusStory, 'previously'> {
  /** Position in `corpus`. */
  index: number;
  /** Indexes of the earlier stories this one follows up, in the order shown to readers. */
  previously: number[];
}

/** In publication order: a story only follows up stories above it. */
const stories: CorpusStory[] = [...enCity, ...enLife, ...polish, ...ukrainian, ...german, ...frenchAndSpanish, ...longReads, ...enBriefs, ...followUps];

function resolve(list: CorpusStory[]): CorpusArticle[] {
  const indexOf = new Map<string, number>();
  return list.map((story, index) => {
    if (indexOf.has(story.key)) throw new Error(`corpus: duplicate key ${story.key}`);
    const previously = (story.previously ?? []).map((key) => {
      const earlier = indexOf.get(key);
      if (earlier === undefined) throw new Error(`corpus: ${story.key} follows up "${key}", which is not an earlier story`);
      return earlier;
    });
    indexOf.set(story.key, index);
    const { previously: _keys, ...rest } = story;
    return { ...rest, index, previously };
  });
}

export const corpus: readonly CorpusArticle[] = resolve(stories);

/** Maps a corpus index to the id its article got from the API. */
export type IdOfIndex = (index: number) => number;

/** The body of `POST /api/v1/editor/articles` for one story. */
export function toEditorJson(article: CorpusArticle, idOf: IdOfIndex): Record<string, unknown> {
  return {
    title: article.title,
    dek: article.dek,
    section: article.section,
    author: article.author,
    tags: article.tags,
    language: article.language,
    sources: article.sources,
    related: article.previously.map(idOf),
    ...(article.heroImage ? { heroImage: article.heroImage } : {}),
    body: article.body,
  };
}

/**
 * The story as the Markdown file an editor hands to `npm run editor -- publish`: YAML
 * front matter with the API's fields, then the body.
 */
export function toMarkdownFile(article: CorpusArticle, idOf: IdOfIndex): string {
  const { body, ...front } = toEditorJson(article, idOf);
  return `---\n${stringify(front)}---\n${String(body)}\n`;
}
