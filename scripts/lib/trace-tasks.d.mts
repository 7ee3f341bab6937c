export interface TraceTasks {
  /** Renderer main-thread tasks over 50 ms of wall time. */
  count: number;
  /** The most main-thread CPU time any task took. */
  longestCpuMs: number;
  /** Tasks over 50 ms of main-thread CPU time. */
  overFiftyCpu: number;
  /** The CPU time of the task with the longest wall time. */
  longestWallOfThemCpuMs: number;
}

export function tasksOfTrace(trace: unknown): TraceTasks;
