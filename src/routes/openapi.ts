/**
 * /api/v1/openapi.json and /api/v1/docs: the public and editor APIs' contract, generated
 * from their schemas. Both import their generator on first use: zod stays out of startup.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env';

export const openApiRoutes = new Hono<AppEnv>()
  .get('/openapi.json', async (c) => {
    const { openApiDocument } = await import('../schemas/openapi-document');
    return c.json(openApiDocument(c.get('origin')));
  })
  .get('/docs', async (c) => {
    const { renderReferencePage } = await import('./editor/reference-page');
    return c.html(await renderReferencePage());
  });
