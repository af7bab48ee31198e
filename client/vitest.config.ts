import { defineConfig } from 'vitest/config';

// The tested modules (providers, purpose store) touch no DOM: plain node is enough.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
