import { logger } from '../logger.ts';
import { auditRows } from '../metrics/registry.ts';

/**
 * Whether this process can write audit rows (NIST SP 800-53 AU-5: alert on audit logging failure).
 * A failed write already refuses the caller its data; this makes the failure visible to the health
 * check, the metrics and the log until a row is written again.
 */
let failingSince: Date | null = null;

export const auditHealth = {
  written(rows = 1) {
    failingSince = null;
    auditRows.inc({ outcome: 'written' }, rows);
  },
  failed(error: unknown) {
    failingSince ??= new Date();
    auditRows.inc({ outcome: 'failed' });
    // The error's name and code only: its message may quote the row's values.
    logger.error({ err: (error as Error).name, code: (error as { code?: unknown }).code }, 'audit row not written: personal data refused');
  },
  failingSince: () => failingSince,
};
