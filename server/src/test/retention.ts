import { jobOrigin, type RunOptions } from '../retention/run.ts';
import type { Harness } from './harness.ts';

/** A retention run as the CLI starts it, now, with the harness's session policy; `extra` overrides. */
export const cliRun = (h: Harness, extra: Partial<RunOptions> = {}): RunOptions => ({
  dryRun: false,
  trigger: 'cli',
  now: new Date(),
  sessionIdleMs: h.services.config.session.idleMs,
  origin: jobOrigin('cli'),
  ...extra,
});
