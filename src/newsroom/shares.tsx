/** @jsxImportSource hono/jsx */
/**
 * The Share counts screen, /newsroom/shares (editors and admins; docs/newsroom.md "Share
 * counts"): stories by share clicks over the last 30 days, most shared first, with 7-day
 * totals and clicks per network, paged. The counts are those readers' share links record.
 */
import { Hono } from 'hono';
import { HttpError } from '../http/errors';
import { listMostShared, type StoryShares } from '../queries/newsroom-shares';
import { SHARE_NETWORKS, SHORT_LINK_NETWORK } from '../share/networks';
import type { NewsroomEnv } from './env';
import { renderNewsroom, requirePersonRole } from './render';

export const SHARES_PAGE_SIZE = 25;
/** Pages a person may ask for: past this, nobody is browsing, and offsets only cost reads. */
const MAX_PAGE = 200;

const networkLabel = (id: string) => (id === SHORT_LINK_NETWORK ? 'Short link' : (SHARE_NETWORKS.find((n) => n.id === id)?.label ?? id));

function SharesPage(props: { stories: StoryShares[]; page: number; hasMore: boolean }) {
  const href = (page: number) => (page === 1 ? '/newsroom/shares' : `/newsroom/shares?page=${page}`);
  return (
    <>
      <h1>Share counts</h1>
      <p>Clicks on the share buttons and short links of each story, over the last 7 and 30 days (UTC days), most shared first.</p>
      {props.stories.length === 0 ? (
        <p>{props.page === 1 ? 'No story was shared in the last 30 days.' : 'No more stories.'}</p>
      ) : (
        <table>
          <thead>
            <tr><th scope="col">Story</th><th scope="col">Last 7 days</th><th scope="col">Last 30 days</th><th scope="col">By network (30 days)</th></tr>
          </thead>
          <tbody>
            {props.stories.map((story) => (
              <tr>
                <td><a href={`/newsroom/stories/${story.id}`}>{story.title}</a> <span class="status">{story.status}</span></td>
                <td><span class="cell-label">Last 7 days: </span>{story.last7}</td>
                <td><span class="cell-label">Last 30 days: </span>{story.last30}</td>
                <td>
                  <ul class="networks">
                    {story.networks.map((n) => <li>{networkLabel(n.network)}: {n.clicks}</li>)}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label="Pages of share counts" class="pager">
        {props.page > 1 ? <a href={href(props.page - 1)}>More shared</a> : null}
        {props.hasMore ? <a href={href(props.page + 1)}>Less shared</a> : null}
      </nav>
    </>
  );
}

export const shareScreens = new Hono<NewsroomEnv>().get('/', requirePersonRole('editor'), async (c) => {
  const raw = c.req.query('page');
  const page = raw === undefined ? 1 : /^[1-9]\d{0,3}$/.test(raw) ? Number(raw) : NaN;
  if (!(page <= MAX_PAGE)) throw new HttpError(400, 'invalid_parameter', `page must be a whole number from 1 to ${MAX_PAGE}`, { field: 'page' });
  const rows = await listMostShared(c.var.db, new Date(), SHARES_PAGE_SIZE + 1, (page - 1) * SHARES_PAGE_SIZE);
  return renderNewsroom(c, 'Share counts', <SharesPage stories={rows.slice(0, SHARES_PAGE_SIZE)} page={page} hasMore={rows.length > SHARES_PAGE_SIZE} />, { person: c.var.person });
});
