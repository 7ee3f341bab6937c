/**
 * The simulation clock. Scenarios start at a fixed instant; in the browser simulated time then runs
 * with wall time, in tests it is frozen unless a test moves it, so "3 minutes ago" is deterministic.
 */
export interface ClockState {
  /** Simulated time (ms since epoch) at the moment `realBase`. */
  simBase: number;
  /** Wall time (ms) when simBase was set. */
  realBase: number;
  frozen: boolean;
}

export const scenarioEpoch = Date.parse('2026-11-20T09:00:00.000Z');

export function startClock(simBase: number, frozen: boolean, realNow = Date.now()): ClockState {
  return { simBase, realBase: realNow, frozen };
}

export function readClock(clock: ClockState, realNow = Date.now()): number {
  return clock.frozen ? clock.simBase : clock.simBase + (realNow - clock.realBase);
}
