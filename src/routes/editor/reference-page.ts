/**
 * The API reference page, /api/v1/docs: server-rendered HTML from PUBLIC_OPERATIONS and
 * OPERATIONS (the lists the OpenAPI document is made from), no scripts, no CDN.
 */
import { html, raw } from 'hono/html';
import { OPERATIONS } from '../../schemas/operations';
import { EDITOR_API_BASE } from '../../schemas/openapi-document';
import { PUBLIC_OPERATIONS, PUBLIC_TAGS } from '../../schemas/public-operations';
// The site stylesheet: its hash is already in the CSP (views/inline-assets).
import { siteCss } from '../../views/styles';

const ROLE_NOTE = { contributor: 'contributor+', editor: 'editor+', admin: 'admin' } as const;

const queryNames = (op: (typeof PUBLIC_OPERATIONS)[number]) => Object.keys(op.query?.shape ?? {}).join(', ');

export function renderReferencePage() {
  const publicRows = PUBLIC_OPERATIONS.map(
    (op) => html`<tr><td><strong>GET</strong></td><td><code>${op.path}</code></td><td>${op.summary}</td><td>${queryNames(op) || '—'}</td><td>${op.tag}</td></tr>`,
  );
  const editorRows = OPERATIONS.map(
    (op) => html`<tr><td><strong>${op.method.toUpperCase()}</strong></td><td><code>${EDITOR_API_BASE}${op.path}</code></td><td>${op.summary}</td><td>${ROLE_NOTE[op.role]}</td></tr>`,
  );
  const tags = Object.entries(PUBLIC_TAGS).map(([name, description]) => html`<li><strong>${name}</strong>: ${description}</li>`);
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>API reference · The Edge Courier</title><style>${raw(siteCss)}</style></head>
<body>
<main class="wrap">
<h1>API reference</h1>
<p>The machine-readable description of both APIs is <a href="/api/v1/openapi.json">OpenAPI 3.1 JSON</a>: generate a client from it.
Errors look like <code>{"error":{"code","message","details"}}</code>.</p>
<h2 id="public">Public content API</h2>
<p>No token. Only published articles. Every response is cacheable (ETag, <code>If-None-Match</code> gets a 304) and readable from any
origin: <code>Access-Control-Allow-Origin: *</code>. Lists are <code>{"items":[...],"nextCursor"}</code>; pass <code>cursor</code> for the next page.</p>
<ul>${tags}</ul>
<table>
<thead><tr><th>Method</th><th>Path</th><th>What it does</th><th>Query parameters</th><th>Group</th></tr></thead>
<tbody>${publicRows}</tbody>
</table>
<h2 id="editor">Editor API</h2>
<p>Send <code>Authorization: Bearer &lt;token&gt;</code> on every call. Bodies are JSON (at most 1 MB); unknown fields are rejected.
Update with <code>If-Match</code> set to the article's ETag. Same-origin only: no CORS.</p>
<table>
<thead><tr><th>Method</th><th>Path</th><th>What it does</th><th>Role</th></tr></thead>
<tbody>${editorRows}</tbody>
</table>
</main>
</body>
</html>`;
}
