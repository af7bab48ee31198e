import { availableParallelism } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The workspace root: defaults such as `.data/` and `client/dist` are relative to it. */
export const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));

const minutes = z.coerce.number().positive();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().min(1).optional(),
  DATABASE_OWNER_URL: z.string().min(1).optional(),
  VIGIE_DATA_DIR: z.string().min(1).default('.data'),
  VIGIE_DEMO_PASSWORD: z.string().min(1).default('vigie-demo'),
  VIGIE_SESSION_IDLE_MINUTES: minutes.default(30),
  VIGIE_SESSION_MAX_HOURS: minutes.default(12),
  VIGIE_TRUST_PROXY: z.string().optional(),
  VIGIE_METRICS_TOKEN: z.string().min(16).optional(),
  VIGIE_PLATFORM_TOKEN: z.string().min(32, 'VIGIE_PLATFORM_TOKEN : 32 caractères au moins.').optional(),
  VIGIE_WORKERS: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(64)]).default(1),
  VIGIE_SEAL_INTERVAL_MS: z.coerce.number().int().positive().default(2000),
  VIGIE_CHECKPOINT_INTERVAL_MINUTES: minutes.default(60),
  VIGIE_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(5),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string | undefined;
  databaseOwnerUrl: string | undefined;
  dataDir: string;
  demoPassword: string;
  session: { idleMs: number; maxMs: number };
  trustProxy: string | undefined;
  /** Bearer token for `/metrics` from outside loopback; unset: loopback only. */
  metricsToken: string | undefined;
  /** Secret the learner platform presents to read the blocked learner ids; unset: the endpoint is off. */
  platformToken: string | undefined;
  /** Server processes sharing the port (node:cluster); `auto` is one per core. PostgreSQL only. */
  workers: number;
  sealIntervalMs: number;
  checkpointIntervalMs: number;
  /** PostgreSQL connections of each of the process's pools: the run-time role's, the gateway's reads. */
  dbPoolSize: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.parse(env);
  // pnpm runs scripts inside the package: a relative folder is taken from where the command was typed.
  const base = env.INIT_CWD ?? process.cwd();
  const dataDir = isAbsolute(parsed.VIGIE_DATA_DIR)
    ? parsed.VIGIE_DATA_DIR
    : resolve(env.VIGIE_DATA_DIR ? base : workspaceRoot, parsed.VIGIE_DATA_DIR);
  return {
    env: parsed.NODE_ENV,
    port: parsed.PORT,
    databaseUrl: parsed.DATABASE_URL,
    databaseOwnerUrl: parsed.DATABASE_OWNER_URL,
    dataDir,
    demoPassword: parsed.VIGIE_DEMO_PASSWORD,
    session: {
      idleMs: parsed.VIGIE_SESSION_IDLE_MINUTES * 60_000,
      maxMs: parsed.VIGIE_SESSION_MAX_HOURS * 3_600_000,
    },
    trustProxy: parsed.VIGIE_TRUST_PROXY,
    metricsToken: parsed.VIGIE_METRICS_TOKEN,
    platformToken: parsed.VIGIE_PLATFORM_TOKEN,
    workers: parsed.VIGIE_WORKERS === 'auto' ? availableParallelism() : parsed.VIGIE_WORKERS,
    sealIntervalMs: parsed.VIGIE_SEAL_INTERVAL_MS,
    checkpointIntervalMs: parsed.VIGIE_CHECKPOINT_INTERVAL_MINUTES * 60_000,
    dbPoolSize: parsed.VIGIE_DB_POOL_SIZE,
  };
}
