import { rolesFor } from '@vigie/domain/access';
import { type StatsDimension, statsMeasures } from '@vigie/domain/stats';
import { recordAuditEvent } from '../audit/events.ts';
import { originOf } from '../context.ts';
import { rolesProcedure, router } from '../trpc.ts';
import { loadPeriod, periodsOf } from './period.ts';
import { dimensionsInput, dimensionsOutput, tableInput, tableOutput, thresholdInput, thresholdOutput } from './schemas.ts';
import { statsTable } from './table.ts';
import { refreshedAt, setThreshold, thresholdOf } from './threshold.ts';

const STATISTICS = 'statistics';

/**
 * The manager's statistics: aggregates only, read as the run-time role from the rollup (which holds
 * no id). Each table served is still on the record, as an aggregate read under the purpose
 * `statistics`: which table, with which k, and how many cells were hidden; never a subject.
 */
export const statsRouter = router({
  dimensions: rolesProcedure(rolesFor('statistics', 'list'))
    .input(dimensionsInput)
    .output(dimensionsOutput)
    .query(async ({ ctx, input }) => {
      const periods = await periodsOf(ctx.db);
      // By default the current year (contracts planned for next year would make a thin table).
      const thisYear = new Date().getFullYear();
      const period = input?.period ?? periods.filter((p) => p <= thisYear).at(-1) ?? periods.at(-1) ?? null;
      const rollup = period !== null && periods.includes(period) ? await loadPeriod(ctx.db, period) : null;
      const at = await refreshedAt(ctx.db);
      return {
        periods,
        period: rollup ? period : null,
        dimensions: (rollup?.dimensions ?? []).map((d) => ({ dimension: d.key as StatsDimension, values: [...d.values] })),
        measures: [...statsMeasures],
        threshold: await thresholdOf(ctx.db),
        refreshedAt: at?.toISOString() ?? null,
      };
    }),

  table: rolesProcedure(rolesFor('statistics', 'list'))
    .input(tableInput)
    .output(tableOutput)
    .query(async ({ ctx, input, path }) => {
      const table = await statsTable(ctx.db, input);
      await recordAuditEvent(ctx.db, originOf(ctx), {
        action: 'read',
        outcome: 'success',
        procedure: path,
        entity: 'stats',
        purposeCode: STATISTICS,
        details: { table: input, threshold: table.threshold, suppressed: table.suppressedCount },
      });
      return table;
    }),

  setThreshold: rolesProcedure(rolesFor('statistics', 'edit'))
    .input(thresholdInput)
    .output(thresholdOutput)
    .mutation(async ({ ctx, input, path }) => {
      const before = await setThreshold(ctx.db, ctx.staff.id, input.threshold);
      await recordAuditEvent(ctx.db, originOf(ctx), {
        action: 'update',
        outcome: 'success',
        procedure: path,
        entity: 'statsSettings',
        purposeCode: STATISTICS,
        details: { threshold: { from: before, to: input.threshold } },
      });
      return { threshold: input.threshold };
    }),
});
