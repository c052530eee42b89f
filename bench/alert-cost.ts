/**
 * `npm run bench -- --alert-cost`: what raising a breaking-news alert costs readers. The
 * production bundle under workerd (as the main bench), the sample newsroom, every reader page
 * (full and lite) primed in the edge cache. The load is what readers' browsers send: each
 * page view is the page plus the banner's /api/v1/alerts. Four windows of --duration
 * seconds each (10 by default, not a minute: the machine is shared), back to back:
 *   1. before: nothing changes;
 *   2. after raising an alert through the editor API (it purges the `alerts` tag only);
 *   3. the window after that (steady state again);
 *   4. for contrast, after a purge that reaches every page (a tag rename purges `taxonomy`,
 *      which every page carries): what rendering the alert into pages would have cost.
 * Reports req/s, p99, D1 queries per request and the cache mix of each window.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareLocalDb } from '../scripts/seed';
import { createEditorToken } from './editor-token';
import { runLoad, round, type LoadOptions, type RequestSpec, type RunResult } from './measure';
import { buildProductionBundle, startPreview, type PreviewServer } from './preview-server';
import { cacheMix, d1PerResponse } from './response-tally';
import { cycling, readArchive } from './url-pools';

const log = (message: string) => console.error(`[alert-cost ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Every reader page of the sample, each followed by the banner's request, as a browser sends them. */
async function pageViews(server: PreviewServer): Promise<{ pages: string[]; requests: RequestSpec[] }> {
  const entries = await readArchive(await server.d1());
  const sections = [...new Set(entries.map((e) => e.section))];
  const full = ['/', ...entries.map((e) => `/articles/${e.slug}`), ...sections.map((s) => `/sections/${s}`)];
  const pages = [...full, ...full.map((p) => (p === '/' ? '/lite' : `/lite${p}`))];
  return { pages, requests: pages.flatMap((path) => [{ path, kind: 'page' }, { path: '/api/v1/alerts', kind: 'alerts' }]) };
}

async function editorCall(server: PreviewServer, token: string, method: string, path: string, body: unknown) {
  const response = await fetch(new URL(`/api/v1/editor${path}`, server.url), {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response.json() as Promise<{ purge?: { tags: string[]; urls: string[] } }>;
}

function row(name: string, run: RunResult, purged: string) {
  const d1 = d1PerResponse(run.tally);
  const pagesPerSecond = round((run.byKind?.page?.responses ?? 0) / run.seconds);
  return `| ${name} | ${pagesPerSecond} | ${run.requestsPerSecond} | ${run.latencyP99Ms} | ${d1 ? round(d1.queries, 3) : 0} | ${cacheMix(run.tally)} | ${purged} |`;
}

/** Runs the scenario and prints its table; returns the exit code. */
export async function runAlertCost(load: LoadOptions): Promise<number> {
  const persistTo = mkdtempSync(join(tmpdir(), 'edge-news-alert-cost-'));
  const buildDir = mkdtempSync(join(tmpdir(), 'edge-news-alert-cost-build-'));
  let server: PreviewServer | undefined;
  try {
    log('building the production bundle and seeding a fresh D1');
    const [script] = await Promise.all([buildProductionBundle(buildDir), prepareLocalDb(persistTo)]);
    const token = await createEditorToken(persistTo);
    server = await startPreview({ script, persistTo, port: 0 });
    const { pages, requests } = await pageViews(server);
    log(`priming ${pages.length} pages on ${server.url.origin}`);
    for (let pass = 0; pass < 2; pass++) for (const { path } of requests) await (await fetch(new URL(path, server.url))).arrayBuffer();

    const window = () => runLoad(server!.url, cycling(requests), load, server!.workerdPids);
    log(`window 1: before (${load.durationSeconds} s, ${load.connections} connections)`);
    const before = await window();
    const { purge } = await editorCall(server, token, 'POST', '/alerts', { text: 'Bench alert: „Most zamknięty” — рух перекрито 🚧', url: '/' });
    if (!purge) throw new Error('raising an alert answered no purge receipt');
    log(`raised an alert: purged tags ${purge.tags.join(', ')}; ${purge.urls.length} stored URLs`);
    const after = await window();
    const afterNext = await window();
    await editorCall(server, token, 'PATCH', `/tags/${await firstTagSlug(server)}`, { name: 'Renamed for the bench' });
    log('contrast: a tag rename purged every page (taxonomy)');
    const contrast = await window();

    console.log(
      [
        `### Alert cost (${pages.length} cached pages, full and lite; each page view = page + /api/v1/alerts; ${load.durationSeconds} s windows, ${load.connections} connections)`,
        '',
        '| Window | pages/s | req/s | p99 ms | D1 queries/req | edge cache | purged by the write |',
        '| --- | ---: | ---: | ---: | ---: | --- | --- |',
        row('before the alert', before, '–'),
        row('after raising an alert', after, `${purge.urls.length} URLs (${purge.tags.join(', ')})`),
        row('the next window', afterNext, '–'),
        row('contrast: after a purge of every page', contrast, 'taxonomy: every page'),
        '',
        `After/before req/s: ${round(after.requestsPerSecond / before.requestsPerSecond, 2)}x (next window ${round(afterNext.requestsPerSecond / before.requestsPerSecond, 2)}x); contrast/before: ${round(contrast.requestsPerSecond / before.requestsPerSecond, 2)}x.`,
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    console.error('alert-cost failed:', error);
    return 1;
  } finally {
    await server?.dispose().catch(() => {});
    rmSync(persistTo, { recursive: true, force: true });
    rmSync(buildDir, { recursive: true, force: true });
  }
}

async function firstTagSlug(server: PreviewServer): Promise<string> {
  const row = await (await server.d1()).prepare('SELECT slug FROM tags ORDER BY id LIMIT 1').first<{ slug: string }>();
  if (!row) throw new Error('the sample has no tags');
  return row.slug;
}
