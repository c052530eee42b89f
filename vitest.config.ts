import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

/** Package entries the Worker and the worker tests import (grep `from '` in src/ and tests/worker). */
const PREBUNDLED_IN_WORKERD = [
  'drizzle-orm', 'drizzle-orm/sqlite-core', 'drizzle-orm/d1',
  'hono', 'hono/factory', 'hono/jsx', 'hono/jsx/jsx-runtime', 'hono/jsx/jsx-dev-runtime', 'hono/html',
  'hono/body-limit', 'hono/secure-headers', 'hono/validator', 'hono/client',
  'zod', 'marked', 'xss', 'diff', '@simplewebauthn/server', '@simplewebauthn/server/helpers',
  // Test-only helpers.
  'fast-check', 'standardwebhooks', 'fast-xml-parser', '@cfworker/json-schema', 'exifr',
];

/**
 * Two projects: `worker` runs inside workerd (the real runtime, a real local D1 with the
 * migrations applied); `browser` drives Debian's Chromium against `wrangler dev`.
 */
export default defineConfig(async () => {
  const migrations = await readD1Migrations('./migrations');
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              // The TypeScript sources, not wrangler.toml's `main` (the build in dist/worker): no build step.
              main: './src/index.ts',
              miniflare: {
                bindings: {
                  TEST_MIGRATIONS: migrations, SITE_ORIGIN: 'https://news.example',
                  // Webhooks: a test-only encryption key, the loopback receiver allowed, retries at once.
                  WEBHOOK_SECRET_KEY: 'dGVzdC1vbmx5LWtleS10ZXN0LW9ubHkta2V5LTMyYiE=', WEBHOOKS_ALLOW_LOOPBACK: 'true', WEBHOOK_RETRY_DELAY_SCALE: '0',
                },
              },
            }),
          ],
          test: {
            name: 'worker',
            include: ['tests/worker/**/*.test.{ts,tsx}'],
            // A workerd per file (isolate: true, the default). One shared workerd (isolate: false)
            // saved start-up time but not CI time on 2 cores, and carried the Worker's own module
            // state, mocks and queued background work from one file into the next.
            setupFiles: ['./tests/worker/apply-migrations.ts'],
            // A loopback HTTP receiver the webhook tests deliver to (tests/support/webhook-receiver.ts).
            globalSetup: ['./tests/support/webhook-receiver.ts'],
            // Some tests send a hundred requests (rate limits, concurrency): room for a busy machine.
            testTimeout: 20_000,
            // The pool fetches every module a file's isolate imports from Node, one round trip
            // each, for every file: drizzle-orm, hono and zod are hundreds of small files. The
            // optimizer pre-bundles these packages (one file per entry, shared chunks, so one
            // instance of each package). List entries one by one (globs did not work); a
            // package missing here still works, only slower. vi.mock('zod') and the like in the
            // lazy-loading tests still match: they resolve to the same pre-bundled file.
            deps: { optimizer: { ssr: { enabled: true, include: PREBUNDLED_IN_WORKERD } } },
          },
        },
        {
          test: {
            name: 'browser',
            include: ['tests/browser/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['./tests/browser/global-setup.ts'],
            // One file at a time per `wrangler dev` (a file and its server share a D1), however
            // many cores (`fileParallelism` cannot be set per project): global-setup starts one
            // server per vitest worker, at most two. `npm test` runs this project in its own
            // vitest process with two workers, beside the worker project (scripts/run-tests.ts).
            setupFiles: ['./tests/browser/one-file-at-a-time.ts'],
            testTimeout: 30_000,
            hookTimeout: 120_000,
          },
        },
      ],
    },
  };
});
