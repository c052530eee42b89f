/** `npm run editor -- publish story.md` against the browser project's wrangler dev, over HTTP. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createEditorToken } from './editor-token';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const baseUrl = inject('baseUrl');
const persistTo = inject('persistTo');
let token: string;
let dir: string;

const STORY = `---
title: Night ferry returns for the summer
section: world
dek: The harbor's late crossing is back from June.
tags: [transit]
sources:
  - name: Harbor Authority
    url: https://harbor.example/news/night-ferry
---
The **night ferry** returns on 1 June.

## Timetable

Departures every hour until 1 a.m.
`;

function editor(...args: string[]) {
  return run(resolve(root, 'node_modules/.bin/tsx'), ['scripts/editor-cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, EDITOR_API_URL: baseUrl, EDITOR_TOKEN: token },
  });
}

beforeAll(() => {
  token = createEditorToken(persistTo, 'editor', 'cli-test');
  dir = mkdtempSync(join(tmpdir(), 'editor-cli-'));
}, 60_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  // Trash what the CLI published, so later browser files see the seeded site.
  const headers = { authorization: `Bearer ${token}` };
  const list = (await (await fetch(`${baseUrl}/api/v1/editor/articles?limit=50`, { headers })).json()) as { items: { id: number; createdByTokenId?: number; slug: string }[] };
  for (const item of list.items.filter((a) => a.slug.startsWith('night-ferry-returns-for-the-summer'))) {
    await fetch(`${baseUrl}/api/v1/editor/articles/${item.id}`, { method: 'DELETE', headers });
  }
});

describe('editor CLI', () => {
  it('publishes a Markdown story with front matter and prints its public URL', async () => {
    const file = join(dir, 'story.md');
    writeFileSync(file, STORY);
    const { stdout } = await editor('publish', file);
    const url = stdout.trim();
    expect(url).toMatch(/\/articles\/night-ferry-returns-for-the-summer$/);
    const page = await fetch(new URL(new URL(url).pathname, baseUrl));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Night ferry returns for the summer');
    expect(html).toContain('<strong>night ferry</strong>');
    expect(html).toContain('Harbor Authority');

    // Running it again does not publish a second copy.
    expect((await editor('publish', file)).stdout.trim()).toBe(url);
  });

  it('explains validation errors field by field and exits non-zero', async () => {
    const file = join(dir, 'bad.md');
    writeFileSync(file, STORY.replace('section: world', 'section: nowhere\ncolour: red'));
    const failure = await editor('publish', file).then(() => null, (error: { code: number; stderr: string }) => error);
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('400 validation_error');
    expect(failure?.stderr).toContain('colour: unknown field');
  });
});

describe('token:revoke', () => {
  it('revokes a token in the local D1 so the running site refuses it', async () => {
    const doomed = createEditorToken(persistTo, 'contributor', 'to-revoke');
    // One retry on a transport error: wrangler dev may close a keep-alive socket left idle
    // while the token scripts ran, and undici reports that as "other side closed".
    // From an address of its own: the failure it provokes makes that client "suspect" for a
    // minute (middleware/auth-failure-limit), and off Cloudflare every test without the header
    // shares one address; the next browser file's editor calls must not pay for this one.
    const get = () => fetch(`${baseUrl}/api/v1/editor/articles`, { headers: { authorization: `Bearer ${doomed}`, 'cf-connecting-ip': '203.0.113.95' } });
    const list = () => get().catch(get);
    expect((await list()).status).toBe(200);
    const { stdout } = await run(resolve(root, 'node_modules/.bin/tsx'), ['scripts/token-revoke.ts', '--persist-to', persistTo, '--prefix', doomed.slice(0, 8)], {
      cwd: root,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' },
    });
    expect(stdout).toContain('"to-revoke"');
    expect((await list()).status).toBe(401);
  }, 60_000);
});
