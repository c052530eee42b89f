/** @jsxImportSource hono/jsx */
/**
 * Markup the newsroom screens repeat: the CSRF field every form carries, the one-button POST
 * form (remove, revoke, restore, delete) and the Newer/Older pager (also for ?page=N lists). Attributes left undefined
 * are not rendered (hono/jsx), so each screen keeps exactly its own markup.
 */

/** The hidden field that the newsroom's CSRF check (app.tsx) reads from every form POST. */
export const CsrfField = (props: { token: string }) => <input type="hidden" name="_csrf" value={props.token} />;

/** A form whose only control is one submit button (plus fixed hidden fields): an action on one row of a list. */
export function PostButton(props: { action: string; csrf: string; label: string; formClass?: string; buttonClass?: string; ariaLabel?: string; fields?: Record<string, string> }) {
  return (
    <form method="post" action={props.action} class={props.formClass}>
      <CsrfField token={props.csrf} />
      {Object.entries(props.fields ?? {}).map(([name, value]) => <input type="hidden" name={name} value={value} />)}
      <button type="submit" class={props.buttonClass} aria-label={props.ariaLabel}>{props.label}</button>
    </form>
  );
}

/** One link of a pager; a falsy value renders nothing (no such page). */
export type PageLink = { href: string; label: string; rel?: string } | false | null | undefined;

/** The pager under a list: the link to newer (or previous) entries, then to older (or next) ones. */
export function Pager(props: { label: string; newer?: PageLink; older?: PageLink }) {
  const link = (page: PageLink) => (page ? <a href={page.href} rel={page.rel}>{page.label}</a> : null);
  return (
    <nav aria-label={props.label} class="pager">
      {link(props.newer)}
      {link(props.older)}
    </nav>
  );
}

/**
 * The pager of a list paged by ?page=N whose first page is `base` itself: `labels` name the
 * two links, and `rel` adds rel="prev"/"next" to them.
 */
export function PagedListPager(props: { label: string; base: string; page: number; hasNext: boolean; labels: [newer: string, older: string]; rel?: boolean }) {
  const href = (page: number) => (page === 1 ? props.base : `${props.base}?page=${page}`);
  const [newer, older] = props.labels;
  return (
    <Pager
      label={props.label}
      newer={props.page > 1 && { href: href(props.page - 1), label: newer, rel: props.rel ? 'prev' : undefined }}
      older={props.hasNext && { href: href(props.page + 1), label: older, rel: props.rel ? 'next' : undefined }}
    />
  );
}
