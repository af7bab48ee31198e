import { defineConfig } from 'vitest/config';

// Pure rules, no database: none of the db and server packages' PGlite setup.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
  },
});
