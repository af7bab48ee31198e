// The database-backed packages (db, server) share one test setup: PGlite, or this run's PostgreSQL database.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: [fileURLToPath(new URL('./db/src/testing/global-setup.ts', import.meta.url))],
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test' },
  },
});
