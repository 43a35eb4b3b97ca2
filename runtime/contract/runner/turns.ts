// Round-robin turns: a run spreads its budget (a rate limit, --max-requests,
// --time-limit) across operations, so that every operation gets its first
// requests before any gets more, and a budget that runs out leaves every
// operation tested as far as it could be rather than some fully and the rest
// not at all. Tasks run concurrently but only one holds a turn at a time: one
// request in flight, and the order a seed gives is the order every time.
import { AsyncLocalStorage } from "node:async_hooks";

interface Task {
  /** Its place in the list: the tie-break between tasks with as many turns. */
  index: number;
  turns: number;
  wake?: () => void;
}

export interface TurnTask {
  work: () => Promise<void>;
}

export class Turns {
  private readonly current = new AsyncLocalStorage<Task>();
  private running = 0;
  private readonly waiting: Task[] = [];

  /** Runs every task to its end, granting turns round-robin; rethrows the first task's error after all have ended. */
  async all(tasks: TurnTask[]): Promise<void> {
    const entries: Task[] = tasks.map((_, index) => ({ index, turns: 0 }));
    this.running += entries.length;
    const settled = await Promise.allSettled(
      entries.map((entry, index) =>
        this.current.run(entry, async () => {
          try {
            await tasks[index]!.work();
          } finally {
            this.running -= 1;
            this.grant();
          }
        }),
      ),
    );
    const failure = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === "rejected");
    if (failure) throw failure.reason;
  }

  /** Resolves when it is the calling task's turn; at once outside `all`. */
  take(): Promise<void> {
    const task = this.current.getStore();
    if (!task) return Promise.resolve();
    this.running -= 1;
    const turn = new Promise<void>((resolve) => (task.wake = resolve));
    this.waiting.push(task);
    this.grant();
    return turn;
  }

  // Only once no task is running: then every unfinished task is waiting, and
  // the choice does not depend on which of them happened to ask first.
  private grant(): void {
    if (this.running > 0 || this.waiting.length === 0) return;
    let best = 0;
    for (let index = 1; index < this.waiting.length; index += 1) {
      const [candidate, chosen] = [this.waiting[index]!, this.waiting[best]!];
      if (candidate.turns < chosen.turns || (candidate.turns === chosen.turns && candidate.index < chosen.index)) best = index;
    }
    const [task] = this.waiting.splice(best, 1);
    task!.turns += 1;
    this.running += 1;
    task!.wake!();
  }
}
