import type { RetentionPolicyResult } from '@vigie/db/schema';

/** The CLI's lines: per policy, what goes (or would go), what stays and on which ground. */
export function printRun(results: readonly RetentionPolicyResult[], dryRun: boolean): string[] {
  const verb = dryRun ? 'would go' : 'went';
  return results.flatMap((r) => {
    if (r.skipped) return [`${r.code}: skipped (${r.skipped})`];
    const kept = r.kept.reduce((n, k) => n + k.count, 0);
    const head = `${r.code}: ${r.gone} ${verb}, ${kept} kept${r.cutoff ? ` (older than ${r.cutoff})` : ''}`;
    const checkpoint = r.checkpoint ? [`  checkpoint ${r.checkpoint} (audit verify starts after it)`] : [];
    return [head, ...r.kept.map((k) => `  kept ${k.count}: ${k.ground}`), ...checkpoint];
  });
}
