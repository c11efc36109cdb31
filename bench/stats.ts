// Summaries of repeated measurements: median with min and max, and percentiles. Pure, so the
// bench page and the Node runner share it.

export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The value below which `p` (0..1) of the values fall, by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = sortedCopy(values);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function summarize(runs: readonly number[]): Summary {
  const sorted = sortedCopy(runs);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0
      ? Number.NaN
      : sorted.length % 2 === 1
        ? (sorted[mid] ?? Number.NaN)
        : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return {
    median,
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    runs: [...runs],
  };
}

/** Runs `measure` `count` times, one after another, and summarizes the results. */
export async function repeat(count: number, measure: () => Promise<number>): Promise<Summary> {
  const runs: number[] = [];
  for (let i = 0; i < count; i++) runs.push(await measure());
  return summarize(runs);
}

/** Named series of samples, filled run by run when several things are measured in turns. */
export class Series {
  private readonly values = new Map<string, number[]>();

  add(name: string, value: number): void {
    const list = this.values.get(name);
    if (list) list.push(value);
    else this.values.set(name, [value]);
  }

  get(name: string): Summary {
    return summarize(this.values.get(name) ?? []);
  }
}
