import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.VIGIE_E2E_PORT ?? 3100);
// Each run starts on a fresh embedded database, seeded with the demo accounts.
const dataDir = mkdtempSync(join(tmpdir(), 'vigie-e2e-'));
const { DATABASE_URL: _embedded, ...env } = process.env;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: a browser download by Playwright fails on these machines.
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The built SPA served by express, as in production, but seeded with the demo accounts.
    command: 'pnpm --filter @vigie/server exec tsx src/main.ts',
    url: `http://127.0.0.1:${port}/healthz`,
    env: { ...env, NODE_ENV: 'test', PORT: String(port), VIGIE_DATA_DIR: dataDir } as Record<string, string>,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
