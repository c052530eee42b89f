/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { paths } from '../model/urls';
import { listLatestArticles } from '../queries/articles';
import { renderPage } from '../views/render';

/** The front page: the latest public stories. */
export const homePage = new Hono<AppEnv>().get('/', async (c) => {
  const latest = await listLatestArticles(c.get('db'), 20);
  return renderPage(
    c,
    { title: `${c.env.SITE_NAME} · News from the edge`, description: `The latest news from ${c.env.SITE_NAME}.`, canonicalPath: '/' },
    <section aria-labelledby="latest">
      <h1 id="latest">Latest news</h1>
      <ul class="list">
        {latest.map((item) => (
          <li>
            <p class="kicker">{item.sectionName}</p>
            <h3>
              <a href={paths.article(item.slug)}>{item.title}</a>
            </h3>
            <p>{item.dek}</p>
          </li>
        ))}
      </ul>
    </section>,
  );
});
