/**
 * The lite edition: the same reader pages under /lite. Nothing here renders anything: the
 * handlers are the full edition's, and renderPage picks the lite shell from the URL
 * (text only, tiny inline CSS, links kept in /lite, an "Exit lite version" link).
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { articlePages } from './articles';
import { authorPages } from './authors';
import { homePage } from './home';
import { searchPages } from './search';
import { sectionPages } from './sections';
import { tagPages } from './tags';

export const litePages = new Hono<AppEnv>()
  .route('/', homePage)
  .route('/articles', articlePages)
  .route('/sections', sectionPages)
  .route('/tags', tagPages)
  .route('/authors', authorPages)
  .route('/search', searchPages);
