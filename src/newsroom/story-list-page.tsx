/** @jsxImportSource hono/jsx */
/** The Stories list screen: filters (a plain GET form), the list, and an "Older" link. */
import { STORY_LIST_STATUSES, type StoryFilters, type StoryRow } from './stories';

export interface StoryListProps {
  stories: StoryRow[];
  filters: StoryFilters;
  sections: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
  /** href of the next (older) page, or null on the last one. */
  olderHref: string | null;
  timeZone: string;
}

/** "29 Nov 2026, 19:05" in the site's zone. */
export function formatSiteTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

const statusLabel = (story: StoryRow) => (story.trashed ? `${story.status}, in trash` : story.status);

export function StoriesPage(props: StoryListProps) {
  const { filters } = props;
  const filtered = Boolean(filters.status || filters.section || filters.author || filters.text);
  return (
    <section>
      <div class="page-heading">
        <h1>Stories</h1>
        <a class="button primary" href="/newsroom/stories/new">New story</a>
      </div>
      <form class="filters" method="get" action="/newsroom" role="search" aria-label="Filter stories">
        <label>
          Headline words
          <input type="search" name="q" value={filters.text ?? ''} maxlength={200} />
        </label>
        <label>
          Status
          <select name="status">
            <option value="">Any (not in trash)</option>
            {STORY_LIST_STATUSES.map((s) => <option value={s} selected={s === filters.status}>{s}</option>)}
          </select>
        </label>
        <label>
          Section
          <select name="section">
            <option value="">Any</option>
            {props.sections.map((s) => <option value={s.slug} selected={s.slug === filters.section}>{s.name}</option>)}
          </select>
        </label>
        <label>
          Author
          <select name="author">
            <option value="">Any</option>
            {props.authors.map((a) => <option value={a.slug} selected={a.slug === filters.author}>{a.name}</option>)}
          </select>
        </label>
        <button type="submit">Filter</button>
        {filtered ? <a href="/newsroom">Clear filters</a> : null}
      </form>
      {props.stories.length === 0 ? (
        <p>{filtered ? 'No stories match these filters.' : 'No stories yet.'}</p>
      ) : (
        <table>
          <caption class="visually-hidden">Stories, newest change first. Times in {props.timeZone}.</caption>
          <thead><tr><th scope="col">Headline</th><th scope="col">Status</th><th scope="col">Section</th><th scope="col">Last change ({props.timeZone})</th></tr></thead>
          <tbody>
            {props.stories.map((story) => (
              <tr data-story-id={String(story.id)}>
                <td><a href={`/newsroom/stories/${story.id}`}>{story.title}</a></td>
                <td class="status">{statusLabel(story)}</td>
                <td>{story.section}</td>
                <td>
                  <time datetime={story.updatedAt.toISOString()}>{formatSiteTime(story.updatedAt, props.timeZone)}</time>
                  {story.changedBy ? ` by ${story.changedBy}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.olderHref ? <p><a href={props.olderHref} rel="next">Older stories</a></p> : null}
    </section>
  );
}
