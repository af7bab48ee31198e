import { writeFileSync } from 'node:fs';
import { accessMatrix } from '../src/access-matrix.ts';
import { appRouter } from '../src/router.ts';

/** Rewrites docs/access-matrix.md from the router: run after adding a procedure or changing access. */
writeFileSync(new URL('../../docs/access-matrix.md', import.meta.url), accessMatrix(appRouter));
