/** /api/v1/openapi.json and /api/v1/docs: the editor API's contract, generated from its schemas. */
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { editorOpenApiDocument } from '../schemas/openapi-document';
import { renderReferencePage } from './editor/reference-page';

export const openApiRoutes = new Hono<AppEnv>()
  .get('/openapi.json', (c) => c.json(editorOpenApiDocument(c.get('origin'))))
  .get('/docs', async (c) => c.html(await renderReferencePage()));
