import { availableParallelism } from 'node:os';

/**
 * Connections a background audit job (sealing, verifying) uses side by side: one per core, so that
 * PostgreSQL computes digests on several, but no more than three: they come from the pool that serves
 * requests (10 by default), and the sealer and a verification may run at once.
 */
export const JOB_CONNECTIONS = Math.min(3, Math.max(2, availableParallelism()));
