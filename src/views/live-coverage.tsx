/** @jsxImportSource hono/jsx */
/**
 * A live story on its page (docs/live.md): the "Live" label and the key events above the
 * body, the entries (pinned first, then newest first, each with its anchor and time) below
 * it. A "Refresh" link works everywhere; the full edition of an open story also gets the
 * polling script (the lite edition drops scripts, views/edition).
 */
import { formatDateTime, uiStrings } from '../i18n';
import type { ArticleView } from '../model/article-view';
import { liveFeedPath, POLL_SECONDS, type LiveCoverageView } from '../model/live-coverage';
import { paths } from '../model/urls';
import { liveScript } from './live-script';
import { useSiteTimeZone } from '../site/time-zone-context';
import { createContext, useContext } from 'hono/jsx';
import { raw } from 'hono/html';

/**
 * Set while rendering a stored article fragment (src/article-render): a live story's summary
 * and entries become markers (`<!--slot:summary-->`), filled in per request from the entries
 * read in the page's first batch. The slot is random per render, so no text can contain it.
 */
export const LiveSlot = createContext<string | null>(null);
const slotMarker = (article: ArticleView, part: 'summary' | 'entries') => {
  const slot = useContext(LiveSlot);
  return slot && article.live ? raw(`<!--${slot}:${part}-->`) : null;
};

/** The page's live coverage, when the story has any and its entries were loaded. */
const coverageOf = (article: ArticleView): LiveCoverageView | null => (article.live && 'entries' in article.live ? article.live : null);

/** The label while coverage is open (or that it ended), and the key events, linked to their entries. */
export function LiveSummary({ article }: { article: ArticleView }) {
  const marker = slotMarker(article, 'summary');
  if (marker) return marker;
  const live = coverageOf(article);
  if (!live) return null;
  const t = uiStrings(article.language).live;
  return (
    <section class="block live-summary" aria-labelledby={live.keyEvents.length ? 'live-key-events' : undefined}>
      {live.open ? (
        <p class="live-label" data-live-label="">
          <strong>{t.label}</strong>
        </p>
      ) : (
        <p class="live-ended">{t.ended}</p>
      )}
      {live.keyEvents.length ? (
        <>
          <h2 id="live-key-events">{t.keyEvents}</h2>
          <ul class="live-key-events">
            {live.keyEvents.map((event) => (
              <li>
                <a href={event.href}>
                  <time datetime={event.time}>{formatDateTime(event.time, article.language, useSiteTimeZone())}</time>
                </a>{' '}
                {event.summary}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** The entries, the way to newer and older ones, and (open coverage) the polling script. */
export function LiveEntries({ article }: { article: ArticleView }) {
  const marker = slotMarker(article, 'entries');
  if (marker) return marker;
  const live = coverageOf(article);
  if (!live) return null;
  const t = uiStrings(article.language).live;
  const page = paths.article(article.slug);
  return (
    <section
      class="block live-entries"
      aria-labelledby="live-entries-heading"
      data-live-feed=""
      data-live-url={liveFeedPath(article.slug)}
      data-poll-seconds={String(POLL_SECONDS)}
      data-pinned-label={t.pinned}
      data-key-event-label={t.keyEvent}
      data-new-label={t.newEntries}
      data-closed-label={t.closed}
    >
      <h2 id="live-entries-heading">{t.entries}</h2>
      <p>
        <a href={page} data-live-refresh="">{live.olderPage ? t.newest : t.refresh}</a>
      </p>
      <p role="status" aria-live="polite" class="live-status" data-live-status=""></p>
      {live.entries.length ? null : <p data-live-empty="">{t.noEntries}</p>}
      <ol class="live-list" data-live-entries="">
        {live.entries.map((entry) => (
          <li id={entry.anchor} class={`live-entry${entry.pinned ? ' pinned' : ''}${entry.keyEvent ? ' key-event' : ''}`} data-entry-id={String(entry.id)} data-updated={entry.updatedAt}>
            <p class="live-entry-meta">
              <a href={`#${entry.anchor}`}>
                <time datetime={entry.time}>{formatDateTime(entry.time, article.language, useSiteTimeZone())}</time>
              </a>
              {entry.pinned ? <> <strong class="live-flag">{t.pinned}</strong></> : null}
              {entry.keyEvent ? <> <strong class="live-flag">{t.keyEvent}</strong></> : null}
            </p>
            <div class="live-entry-body" dangerouslySetInnerHTML={{ __html: entry.html }} />
          </li>
        ))}
      </ol>
      {live.olderHref ? (
        <p>
          <a href={live.olderHref} rel="next">{t.older}</a>
        </p>
      ) : null}
      {live.open && !live.olderPage ? <script dangerouslySetInnerHTML={{ __html: liveScript }} /> : null}
    </section>
  );
}
