import type { Occurrence } from './window.ts';

/**
 * Each staff member's reads as a windowed rule last saw them, kept by the process that scans so the
 * next batch starts from them instead of reading the actors' last two windows again. Without it a
 * staff member reading hundreds of files a second (whom the rule exists to flag) made every batch
 * fetch all of those reads anew: the scan's cost grew with the window's content, batch after batch.
 *
 * It holds, for each of its actors, every sealed read up to chain position `upTo` that happened at
 * or after `since`, in time order. Only the batch that follows `upTo` and looks no further back may
 * use it: a scan by another process, a rolled-back batch or a longer window makes it start afresh.
 */
export interface ReadsMemory {
  upTo: number;
  since: number;
  byActor: Map<string, Occurrence[]>;
}

const byTime = (x: Occurrence, y: Occurrence) => x.at - y.at || x.eventId - y.eventId;

/** Two time-ordered lists as one. */
function merge(kept: Occurrence[], added: Occurrence[]): Occurrence[] {
  if (added.length === 0) return kept;
  const last = kept.at(-1);
  if (!last || byTime(last, added[0] as Occurrence) < 0) return kept.concat(added);
  return kept.concat(added).sort(byTime);
}

/** The memory still describes the chain just before a batch at `from` that looks back to `since`. */
export function usable(memory: ReadsMemory | undefined, from: number, since: number): memory is ReadsMemory {
  return memory !== undefined && memory.upTo === from && memory.since <= since;
}

/**
 * The memory moved on to `upTo`: the batch's reads added to the actors it knows, the actors it did
 * not know added whole (`fetched`, read from the database), everything before `since` forgotten.
 */
export function advance(
  memory: ReadsMemory | undefined,
  update: { upTo: number; since: number; batch: Map<string, Occurrence[]>; fetched: Map<string, Occurrence[]> },
): ReadsMemory {
  const byActor = new Map<string, Occurrence[]>();
  for (const [actor, kept] of memory?.byActor ?? []) {
    const recent = merge(kept.filter((o) => o.at >= update.since), (update.batch.get(actor) ?? []).sort(byTime));
    if (recent.length > 0) byActor.set(actor, recent);
  }
  for (const [actor, reads] of update.fetched) byActor.set(actor, reads);
  return { upTo: update.upTo, since: update.since, byActor };
}
