// Stage timings for `generate --timings`: wall milliseconds per pipeline stage,
// so whoever speeds the generator up next sees which stage to attack first.
// Stages that overlap (openapi-typescript runs in a worker thread while the
// main thread builds the rest) are timed each on their own clock; "waiting for
// types" is the main thread's idle time once its own work is done.

export class Timings {
  private readonly stages: Array<{ name: string; milliseconds: number }> = [];

  /** Runs `work` and records how long it took under `name`. */
  time<T>(name: string, work: () => T): T {
    const started = performance.now();
    try {
      return work();
    } finally {
      this.record(name, performance.now() - started);
    }
  }

  async timeAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.record(name, performance.now() - started);
    }
  }

  record(name: string, milliseconds: number): void {
    const existing = this.stages.find((stage) => stage.name === name);
    if (existing) existing.milliseconds += milliseconds;
    else this.stages.push({ name, milliseconds });
  }

  entries(): ReadonlyArray<{ name: string; milliseconds: number }> {
    return this.stages;
  }
}

/** One line per stage: name, seconds, share of the total wall time given. */
export function formatTimings(label: string, timings: Timings, totalMilliseconds: number): string {
  const rows = timings.entries().map(({ name, milliseconds }) => {
    const share = totalMilliseconds > 0 ? ` ${String(Math.round((milliseconds / totalMilliseconds) * 100)).padStart(3)}%` : "";
    return `  ${name.padEnd(24)} ${(milliseconds / 1000).toFixed(2).padStart(7)} s${share}`;
  });
  return [`${label} stages (wall time; the types worker overlaps the main thread):`, ...rows].join("\n");
}
