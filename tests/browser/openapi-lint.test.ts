/**
 * The OpenAPI document the site serves passes Redocly's recommended ruleset with no error
 * and no warning (structure, examples against their schemas, operation ids, tags, license,
 * servers, 4xx responses, security on every operation). Node-side: the linter is a CLI.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'edge-news-openapi-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface LintReport { totals: { errors: number; warnings: number }; problems: { ruleId: string; message: string; location: { pointer: string }[] }[] }

/** Runs `redocly lint --format=json` (recommended rules, no config) on `doc`. */
function lint(name: string, doc: unknown): Promise<LintReport> {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(doc));
  return new Promise((done, fail) => {
    execFile(
      join(root, 'node_modules/.bin/redocly'),
      ['lint', file, '--format=json', '--extends=recommended'],
      // Offline and quiet: no telemetry, no update check.
      { cwd: dir, timeout: 120_000, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', CI: 'true' } },
      // The CLI exits non-zero when it finds errors; the JSON report is on stdout either way.
      (error, stdout) => {
        try {
          done(JSON.parse(stdout) as LintReport);
        } catch {
          fail(error ?? new Error(`redocly printed no JSON report: ${stdout.slice(0, 500)}`));
        }
      },
    );
  });
}

const summary = (report: LintReport) => report.problems.map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);

test('the served /api/v1/openapi.json passes the recommended rules with no warning', { timeout: 150_000 }, async () => {
  const res = await fetch(`${inject('baseUrl')}/api/v1/openapi.json`);
  expect(res.status).toBe(200);
  const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/articles', '/api/v1/articles/{slug}', '/oembed', '/api/v1/editor/articles']));

  const report = await lint('served', doc);
  expect(summary(report)).toEqual([]);
  expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });

  // The same linter flags a document that breaks the rules: this test can fail.
  const broken = structuredClone(doc) as unknown as { info: { license?: unknown }; paths: Record<string, { get: { responses: Record<string, { content: Record<string, { example?: { items: object[] } }> }> } }> };
  delete broken.info.license;
  broken.paths['/api/v1/articles']!.get.responses['200']!.content['application/json']!.example!.items.push({ id: 'not a number' });
  const rules = (await lint('broken', broken)).problems.map((p) => p.ruleId);
  expect(rules).toEqual(expect.arrayContaining(['info-license', 'no-invalid-media-type-examples']));
});
