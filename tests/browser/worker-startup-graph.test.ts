/**
 * The Worker's startup graph: the modules of the production build (scripts/build-worker.ts)
 * that workerd evaluates when an isolate starts, i.e. the entry and what it imports
 * statically. Everything behind an `import()` is compiled on first use only, so this graph is
 * what every cold start pays (`wrangler check startup`, "Active"; issue #11). It fails when
 * a static import pulls the editor side back in, or when the graph outgrows its budget.
 * Node-side (esbuild into a temp folder); it lives with the browser tests like
 * newsroom-assets.test.ts. Sizes are deterministic, so they are asserted; timings are not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorker, moduleBytes, startupGraph, type WorkerBuild } from '../../scripts/build-worker';

/**
 * 296 KB when this budget was set (29 Nov 2026): Hono, Drizzle and the schema (the edge
 * cache's tag index and the request context need them), the reader routes, views and
 * queries. About 10% of headroom for reader features; past it, move what a cache hit or a
 * reader miss does not need behind `import()` (http/lazy-mount) rather than raise this.
 */
const STARTUP_GRAPH_BUDGET_BYTES = 330 * 1024;

/** What only writes, editors and the newsroom need: never evaluated at startup. */
const EDITOR_SIDE = [
  /^src\/publishing\//,
  /^src\/routes\/editor\//,
  /^src\/schemas\//,
  /^src\/newsroom\/(?!gateway\.ts$)/, // the gateway is the stub that imports the newsroom
  /^src\/content\/(sanitize|body|markdown-[a-z]+)\.ts$/,
  /node_modules\/@simplewebauthn\//,
  /node_modules\/zod\//,
  /node_modules\/marked\//,
  /node_modules\/xss\//,
];

let outdir: string;
let built: WorkerBuild;

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'edge-news-worker-build-'));
  built = await buildWorker(outdir);
}, 120_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the Worker build', () => {
  it('keeps the publishing path, the editor API, the newsroom, zod, marked, xss and WebAuthn out of the startup graph', () => {
    const everything = Object.values(built.metafile.outputs).flatMap((output) => Object.keys(output.inputs));
    const { inputs } = startupGraph(built);
    for (const pattern of EDITOR_SIDE) {
      // Each is in the build (behind an import()), so its absence from the graph means something.
      expect(everything.some((input) => pattern.test(input)), `${pattern} in the build`).toBe(true);
      expect(inputs.filter((input) => pattern.test(input)), `${pattern} at startup`).toEqual([]);
    }
  });

  it('keeps the startup graph under its budget', () => {
    const graph = startupGraph(built);
    const total = moduleBytes(built);
    console.log(`startup graph: ${graph.files.length} modules, ${graph.bytes} bytes of ${STARTUP_GRAPH_BUDGET_BYTES}; whole build ${total} bytes`);
    expect(graph.files).toContain('index.mjs');
    expect(graph.bytes).toBeLessThan(STARTUP_GRAPH_BUDGET_BYTES);
    // The split works: most of the code loads on first use.
    expect(graph.bytes).toBeLessThan(total / 2);
  });

  it('writes a linked source map for every module, so deployed stack traces stay readable', () => {
    const modules = Object.keys(built.metafile.outputs).filter((path) => path.endsWith('.mjs'));
    expect(modules.length).toBeGreaterThan(10);
    for (const path of modules) expect(built.metafile.outputs[`${path}.map`], path).toBeDefined();
  });
});
