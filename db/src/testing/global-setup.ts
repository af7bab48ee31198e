import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { openScratchDatabase } from '../scratch.ts';
import './database.ts';

/** With DATABASE_URL set, every run gets its own database on that server, dropped at the end. */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    project.provide('testDatabaseUrl', null);
    return;
  }
  const scratch = await openScratchDatabase(serverUrl, `vigie_test_${Date.now()}_${randomBytes(3).toString('hex')}`, {
    poolSize: 1,
  });
  project.provide('testDatabaseUrl', scratch.url);
  return () => scratch.close();
}
