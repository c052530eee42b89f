/** The API reference page: server-rendered HTML from OPERATIONS, no scripts, no CDN. */
import { html, raw } from 'hono/html';
import { OPERATIONS } from '../../schemas/operations';
import { EDITOR_API_BASE } from '../../schemas/openapi-document';
// The site stylesheet: its hash is already in the CSP (views/inline-assets).
import { siteCss } from '../../views/styles';

const ROLE_NOTE = { contributor: 'contributor+', editor: 'editor+', admin: 'admin' } as const;

export function renderReferencePage() {
  const rows = OPERATIONS.map(
    (op) => html`<tr><td><strong>${op.method.toUpperCase()}</strong></td><td><code>${EDITOR_API_BASE}${op.path}</code></td><td>${op.summary}</td><td>${ROLE_NOTE[op.role]}</td></tr>`,
  );
  return html`<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Editor API reference · The Edge Courier</title><style>${raw(siteCss)}</style></head>
<body>
<main class="wrap">
<h1>Editor API reference</h1>
<p>Send <code>Authorization: Bearer &lt;token&gt;</code> on every call. Bodies are JSON (at most 1 MB); unknown fields are rejected.
Errors look like <code>{"error":{"code","message","details"}}</code>. Update with <code>If-Match</code> set to the article's ETag.
The machine-readable description is <a href="/api/v1/openapi.json">OpenAPI 3.1 JSON</a>.</p>
<table>
<thead><tr><th>Method</th><th>Path</th><th>What it does</th><th>Role</th></tr></thead>
<tbody>${rows}</tbody>
</table>
</main>
</body>
</html>`;
}
