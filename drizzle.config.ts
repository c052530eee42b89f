import { defineConfig } from 'drizzle-kit';

// Generates flat SQL migrations that `wrangler d1 migrations apply` understands.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema.ts',
  out: './migrations',
});
