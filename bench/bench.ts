/**
 * `npm run bench`: the production bundle under workerd on a fresh, migrated, seeded D1,
 * measured with autocannon next to three floors (constant bytes, bytes from the Cache API,
 * bytes after one D1 query): warm and cold reader routes and cache busting on a 1,000-article
 * archive, then the long tail and the cold routes again at 100,000 articles, the sanitizer's
 * worst case and startup. Prints a Markdown table and writes it with the JSON to
 * bench/results/.
 *   npm run bench [-- --duration 10] [--connections 16] [--quick] [--scale] [--soak]
 *                 [--lighthouse | --no-lighthouse] [--out dir]      (all of them: --help)
 * The server runs in this process (Miniflare spawns workerd as a child) on a free loopback
 * port and is always disposed; a watchdog ends a run that overstays its time.
 */
import { resolve } from 'node:path';
import { parseCommandLine } from '../scripts/cli-args';
import { projectRoot } from '../scripts/local-state';
import type { LoadOptions } from './measure';

const { values } = parseCommandLine({
  command: 'npm run bench',
  summary:
    'Measures the production bundle under workerd on a fresh, migrated, seeded D1 with autocannon, next to three floors; prints a Markdown table and writes it with the JSON to --out.',
  options: {
    duration: { type: 'integer', min: 1, valueName: 'seconds', defaultText: '10, or 1 with --quick', description: 'load per scenario' },
    connections: { type: 'integer', min: 1, defaultText: '16, or 4 with --quick', description: 'concurrent connections' },
    quick: { type: 'boolean', default: false, description: 'a smoke run: short scenarios, no startup profile, no Lighthouse' },
    scale: { type: 'boolean', default: false, description: 'also measure deep section pages and sitemaps at both archive sizes' },
    soak: { type: 'boolean', default: false, description: 'also run reads and editor writes together (--soak-connections for --soak-duration)' },
    lighthouse: { type: 'boolean', defaultText: 'on unless --quick', description: 'run Lighthouse on the home and article pages' },
    'no-lighthouse': { type: 'boolean', default: false, description: 'skip Lighthouse' },
    'soak-duration': { type: 'integer', min: 1, valueName: 'seconds', default: 60, description: 'length of the soak' },
    'soak-connections': { type: 'integer', min: 1, default: 64, description: 'connections during the soak' },
    'scale-count': { type: 'integer', min: 1, valueName: 'articles', defaultText: '100000, or 10000 with --quick', description: 'synthetic articles in the full-size archive run (long tail)' },
    'scale-small': { type: 'integer', min: 1, valueName: 'articles', default: 1_000, description: 'synthetic articles under the main table (its pool of distinct URLs for misses)' },
    'alert-cost': { type: 'boolean', default: false, description: 'only the alert-cost scenario (bench/alert-cost.ts): req/s and D1 queries/req before and after raising an alert' },
    out: { type: 'string', valueName: 'dir', default: 'bench/results', description: 'where latest.md and latest.json are written' },
  },
  examples: ['npm run bench -- --duration 5 --connections 32 --no-lighthouse', 'npm run bench -- --scale --duration 5'],
});

const quick = values.quick;
const load: LoadOptions = {
  durationSeconds: values.duration ?? (quick ? 1 : 10),
  connections: values.connections ?? (quick ? 4 : 16),
};
const lighthouse = values.lighthouse ?? (!quick && !values['no-lighthouse']);

// Loaded after the arguments are read: wrangler and Lighthouse take seconds to load.
if (values['alert-cost']) process.exit(await import('./alert-cost').then((m) => m.runAlertCost(load)));
const { runBench } = await import('./run-bench');
const archive = { small: values['scale-small'], large: Math.max(values['scale-small'], values['scale-count'] ?? (quick ? 10_000 : 100_000)) };
await runBench({ load, quick, lighthouse, scale: values.scale, soak: values.soak, archive, args: values, outDir: resolve(projectRoot, values.out) });
