/** server/src/audit/integrity.ts, as the console reads it. */
export interface VerificationRun {
  id: string;
  requestedAt: string;
  startedAt: string | null;
  rowsTotal: number | null;
  rowsChecked: number;
  state: 'waiting' | 'running' | 'done' | 'failed' | 'interrupted';
  ok: boolean | null;
  firstBrokenSeq: number | null;
  problem: string | null;
}

export interface IntegrityStatus {
  head: { seq: number; eventId: number; sealedAt: string } | null;
  pending: number;
  lastVerification: { finishedAt: string; rowsChecked: number; ok: boolean; firstBrokenSeq: number | null; problem: string | null } | null;
  checkpoint: { line: string; createdAt: string } | null;
  run: VerificationRun | null;
}

export const isUnderWay = (run: VerificationRun | null | undefined) => run?.state === 'waiting' || run?.state === 'running';

/** 0-100 for a progress bar. */
export const percentOf = (run: VerificationRun) =>
  run.rowsTotal ? Math.min(100, Math.round((100 * run.rowsChecked) / run.rowsTotal)) : 0;
