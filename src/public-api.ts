/**
 * The public content API's route types, for Hono's typed client:
 *
 *   import { hc } from 'hono/client';
 *   import type { PublicApi } from './src/public-api';
 *   const api = hc<PublicApi>('https://news.example');
 *   const res = await api.api.v1.articles.$get({ query: { section: 'world', limit: '10' } });
 *
 * The same sub-apps src/index.ts mounts, chained at the same paths, so the types are those
 * of the real handlers. Import it as a type only: the Worker itself never builds this app.
 * The OpenAPI document (/api/v1/openapi.json) describes the same operations for clients
 * in other languages.
 */
import { Hono } from 'hono';
import type { AppEnv } from './env';
import { articlesApi } from './routes/api-articles';
import { apiLists } from './routes/api-lists';
import { oembed } from './routes/oembed';
import { openApiRoutes } from './routes/openapi';
import { shareCountsApi } from './routes/share-counts';
import { liveApi } from './routes/live';
import { publicFronts } from './routes/fronts';
import { alertResources } from './routes/alerts';

const publicApi = new Hono<AppEnv>()
  .route('/api/v1/articles', articlesApi)
  .route('/api/v1/articles', shareCountsApi)
  .route('/api/v1/articles', liveApi)
  .route('/api/v1/fronts', publicFronts)
  .route('/', alertResources)
  .route('/api/v1', apiLists)
  .route('/api/v1', openApiRoutes)
  .route('/', oembed);

export type PublicApi = typeof publicApi;
