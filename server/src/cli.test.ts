import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openDatabase, schema } from '@vigie/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
let dataDir: string;

/** `pnpm vigie ...` on the embedded default: no DATABASE_URL, a data folder of its own. */
async function vigie(...args: string[]) {
  const { DATABASE_URL: _unset, ...inherited } = process.env;
  const env = { ...inherited, VIGIE_DATA_DIR: dataDir, NODE_ENV: 'development' };
  return run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

async function withDatabase(work: (database: Awaited<ReturnType<typeof openDatabase>>) => Promise<void>) {
  const database = await openDatabase({ dataDir: join(dataDir, 'pglite'), migrate: true });
  try {
    await work(database);
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'vigie-cli-'));
  await withDatabase(async (database) => {
    for (const action of ['login', 'read', 'list', 'logout'] as const) {
      await database.owner().insert(schema.auditEvents).values({ action, outcome: 'success' });
    }
  });
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('pnpm vigie audit verify on the embedded database', () => {
  it('seals, verifies and exits 0 on an untouched log', async () => {
    const { code, stdout } = await vigie('audit', 'verify');
    expect(code).toBe(0);
    expect(stdout).toMatch(/rows checked: 4\n/);
    expect(stdout).toMatch(/rows per second: \d+/);
    expect(stdout).toMatch(/chain intact/);
  });

  it('names the altered row and exits non-zero', async () => {
    await withDatabase((database) =>
      database.asOwner(async (owner) => {
        await owner.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
        await owner.execute(sql`UPDATE audit_events SET action = 'create' WHERE action = 'list'`);
      }),
    );
    const { code, stdout } = await vigie('audit', 'verify');
    expect(code).toBe(1);
    expect(stdout).toMatch(/BROKEN at chain seq 3 \(audit event 3\): altered/);
  });
});
