/** The value at rank `p` (0 to 1) of an ascending list: the nearest-rank percentile. */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
