/**
 * /api/v1/openapi.json and /api/v1/docs: the editor API's contract, generated from its schemas.
 * Both import their generator on first use: the editor's zod schemas stay out of startup.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env';

export const openApiRoutes = new Hono<AppEnv>()
  .get('/openapi.json', async (c) => {
    const { editorOpenApiDocument } = await import('../schemas/openapi-document');
    return c.json(editorOpenApiDocument(c.get('origin')));
  })
  .get('/docs', async (c) => {
    const { renderReferencePage } = await import('./editor/reference-page');
    return c.html(await renderReferencePage());
  });
