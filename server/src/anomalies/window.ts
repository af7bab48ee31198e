/** One event as a windowed rule sees it: when, and what it counts (learners read, or itself). */
export interface Occurrence {
  eventId: number;
  at: number;
  items: readonly string[];
}

/**
 * The events at which the number of distinct items in the trailing window (at - windowMs, at] reaches
 * `min`, each time it does so from below: a burst is flagged once, where it crossed the line.
 * `occurrences` are in time order.
 */
export function crossings(occurrences: readonly Occurrence[], windowMs: number, min: number) {
  const inWindow = new Map<string, number>();
  const found: { eventId: number; count: number }[] = [];
  let oldest = 0;
  let wasAbove = false;
  for (const occurrence of occurrences) {
    for (; oldest < occurrences.length; oldest += 1) {
      const old = occurrences[oldest] as Occurrence;
      if (old.at > occurrence.at - windowMs) break;
      for (const item of old.items) {
        const n = (inWindow.get(item) ?? 0) - 1;
        if (n > 0) inWindow.set(item, n);
        else inWindow.delete(item);
      }
    }
    for (const item of occurrence.items) inWindow.set(item, (inWindow.get(item) ?? 0) + 1);
    const above = inWindow.size >= min;
    if (above && !wasAbove) found.push({ eventId: occurrence.eventId, count: inWindow.size });
    wasAbove = above;
  }
  return found;
}
