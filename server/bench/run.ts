/**
 * `pnpm bench [anomalies|audit|audit-console|chain|crash|learners|profile|retention|stats] [--broken]`: no part runs them all. Figures only: timing never fails a run;
 * the crash harness exits non-zero when an answer that carried personal data has no audit row.
 *
 * DATABASE_URL: the database to use as is (kept); unset, a fresh vigie_bench_* database on
 * postgres://postgres@127.0.0.1:5432, dropped at the end. Results also go to bench/results/.
 * VIGIE_BENCH_TARGETS (audit's parts: a,a-workers,b,c,c-switch,d,health,me,e; all by default), VIGIE_BENCH_SECONDS (10), _WARMUP_SECONDS (2), _CONNECTIONS (32), _ROUNDS (3), _STAFF (3000),
 * _AUDIT_ROWS (1000000), _CHAIN_ROWS (500000, per sealing round), _SCAN_READS (60000). VIGIE_CRASH_KILL_AFTER_MS (2500), _AFTER_RESTART_MS (1500).
 */
import { runAnomaliesBench } from './anomalies.ts';
import { runAuditBench } from './audit.ts';
import { runAuditConsoleBench } from './audit-console.ts';
import { runChainBench } from './chain.ts';
import { runCrashHarness } from './crash.ts';
import { runLearnersBench } from './learners.ts';
import { runProfileBench } from './profile.ts';
import { runStatsBench } from './stats.ts';

import { runRetentionBench } from './retention.ts';

const parts = ['anomalies', 'audit', 'audit-console', 'chain', 'crash', 'learners', 'profile', 'retention', 'stats'] as const;
type Part = (typeof parts)[number];

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const broken = args.includes('--broken');
const unknown = args.filter((arg) => arg !== '--broken' && !parts.includes(arg as Part));
if (unknown.length > 0) {
  console.error(`usage: pnpm bench [anomalies|audit|audit-console|chain|crash|learners|profile|retention|stats] [--broken]   (unknown: ${unknown.join(' ')})`);
  process.exit(2);
}
const chosen = args.filter((arg): arg is Part => parts.includes(arg as Part));
const run: readonly Part[] = chosen.length > 0 ? chosen : parts;

let ok = true;
for (const part of run) {
  if (part === 'anomalies') await runAnomaliesBench();
  if (part === 'audit') await runAuditBench();
  if (part === 'audit-console') await runAuditConsoleBench();
  if (part === 'chain') await runChainBench();
  if (part === 'crash') ok = (await runCrashHarness({ broken })) && ok;
  if (part === 'learners') await runLearnersBench();
  if (part === 'profile') await runProfileBench();
  if (part === 'stats') await runStatsBench();
  if (part === 'retention') await runRetentionBench();
}
process.exit(ok ? 0 : 1);
