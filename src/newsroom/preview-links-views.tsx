/** @jsxImportSource hono/jsx */
/**
 * The Preview links screen of a story (docs/newsroom.md "Preview links"): its links with
 * creator, expiry and state, a form to create one (the URL is shown once, in a read-only
 * field that can be selected and copied without JavaScript), and Revoke buttons. Renders
 * what the route gives it and never queries.
 */
import type { PreviewLinkRow } from '../preview/links';
import { PREVIEW_LIFETIMES, DEFAULT_PREVIEW_LIFETIME } from '../preview/links';
import { CsrfField, Pager, PostButton } from './form-parts';

export interface PreviewLinksPageProps {
  story: { id: number; title: string; status: string; deleted: boolean };
  links: PreviewLinkRow[];
  now: number;
  formatTime: (at: Date) => string;
  csrfToken: string;
  page: number;
  hasOlder: boolean;
  /** The link just created: shown this once, never again. */
  created?: { full: string; lite: string; expiresAt: Date };
  revoked?: boolean;
}

const base = (id: number) => `/newsroom/stories/${id}/preview-links`;

function stateOf(link: PreviewLinkRow, now: number): string {
  if (link.revokedAt) return 'Revoked';
  return link.expiresAt.getTime() <= now ? 'Expired' : 'Active';
}

/** Why no link can be made now, or null when one can. */
export function cannotPreview(story: { status: string; deleted: boolean }): string | null {
  if (story.deleted) return 'This story is in the trash: restore it before sharing a preview.';
  if (story.status === 'published') return 'This story is published: share its real address instead.';
  return null;
}

function CreatedLink({ created, formatTime }: { created: NonNullable<PreviewLinksPageProps['created']>; formatTime: (at: Date) => string }) {
  return (
    <section class="notice" aria-labelledby="created-heading">
      <h2 id="created-heading">New preview link</h2>
      <p role="status">Copy it now: it is shown only this once. It works until {formatTime(created.expiresAt)}.</p>
      <label>
        Preview link
        <input class="copy-field" type="text" readonly value={created.full} data-copy="" />
      </label>
      <label>
        Text-only (lite) version
        <input class="copy-field" type="text" readonly value={created.lite} data-copy="" />
      </label>
    </section>
  );
}

export function PreviewLinksPage(props: PreviewLinksPageProps) {
  const { story } = props;
  const blocked = cannotPreview(story);
  const href = (page: number) => (page === 1 ? base(story.id) : `${base(story.id)}?page=${page}`);
  return (
    <>
      <h1>Preview links: {story.title}</h1>
      <p><a href={`/newsroom/stories/${story.id}`}>Back to the story</a></p>
      <p>Anyone holding a preview link sees the story as readers will, with a "Preview" banner, until the link expires or is revoked. A link stops working when the story is published (it then leads to the story) or moved to the trash.</p>
      {props.created ? <CreatedLink created={props.created} formatTime={props.formatTime} /> : null}
      {props.revoked ? <p role="status" class="notice">The link was revoked: it no longer works.</p> : null}
      {blocked ? (
        <p class="notice">{blocked}</p>
      ) : (
        <form method="post" action={base(story.id)} class="filters">
          <CsrfField token={props.csrfToken} />
          <label>
            Works for
            <select name="lifetime">
              {Object.entries(PREVIEW_LIFETIMES).map(([value, { label }]) => (
                <option value={value} selected={value === DEFAULT_PREVIEW_LIFETIME}>{label}</option>
              ))}
            </select>
          </label>
          <button class="primary" type="submit">Create preview link</button>
        </form>
      )}
      {props.links.length === 0 ? (
        <p>{props.page === 1 ? 'No preview links yet.' : 'No older links.'}</p>
      ) : (
        <table>
          <caption>Links of this story, newest first</caption>
          <thead>
            <tr><th scope="col">Created</th><th scope="col">By</th><th scope="col">Expires</th><th scope="col">State</th><th scope="col">Action</th></tr>
          </thead>
          <tbody>
            {props.links.map((link) => {
              const state = stateOf(link, props.now);
              return (
                <tr>
                  <td><span class="cell-label">Created: </span>{props.formatTime(link.createdAt)}</td>
                  <td><span class="cell-label">By: </span>{link.creator ?? 'A former member of staff'}</td>
                  <td><span class="cell-label">Expires: </span>{props.formatTime(link.expiresAt)}</td>
                  <td><span class="cell-label">State: </span>{state}</td>
                  <td>
                    {state === 'Active' ? (
                      <PostButton action={`${base(story.id)}/${link.id}/revoke`} csrf={props.csrfToken} label="Revoke" ariaLabel={`Revoke the link created ${props.formatTime(link.createdAt)}`} />
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <Pager label="Pages of preview links" newer={props.page > 1 && { href: href(props.page - 1), label: 'Newer' }} older={props.hasOlder && { href: href(props.page + 1), label: 'Older' }} />
    </>
  );
}
