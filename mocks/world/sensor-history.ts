import { hash, unit } from './hash';

export type HistoryState = 'Connected' | 'Disconnected' | 'Stopped';
/** How a sensor behaved over the last 30 days: fine, dropping out now and then, or dead. */
export type HistoryPattern = 'steady' | 'flapping' | 'dead';

export interface HistorySegment {
  state: HistoryState;
  from: number;
  to: number;
}

export interface HistoryInput {
  seed: string;
  sensorId: string;
  pattern: HistoryPattern;
  /** When the sensor was installed (ms); history starts no earlier. */
  createdAt: number;
  now: number;
  /** The sensor's current trouble, if it is not communicating now. */
  current: { state: 'Disconnected' | 'Stopped'; since: number } | null;
  /** Simulated outages (Demo menu), in ms; `to` null = still going on. */
  outages: readonly { from: number; to: number | null }[];
}

export const historyDays = 30;
const DAY = 86_400_000;
const MINUTE = 60_000;
const rank: Record<HistoryState, number> = { Connected: 0, Disconnected: 1, Stopped: 2 };

/** Short outages of one UTC day, derived from hash(seed, sensor, day) so every day is stable. */
function outagesOfDay(input: HistoryInput, day: number): HistorySegment[] {
  const { seed, sensorId, pattern } = input;
  const chance = pattern === 'flapping' ? 0.6 : 0.06;
  if (unit(seed, sensorId, 'history-day', day) >= chance) return [];
  const count = pattern === 'flapping' ? 1 + (hash(seed, sensorId, 'history-count', day) % 3) : 1;
  const longest = pattern === 'flapping' ? 45 : 12;
  return Array.from({ length: count }, (_, n) => {
    const from =
      day * DAY + Math.floor(unit(seed, sensorId, 'history-at', day, n) * (DAY - longest * MINUTE));
    const minutes = 3 + (hash(seed, sensorId, 'history-length', day, n) % (longest - 2));
    return { state: 'Disconnected' as const, from, to: from + minutes * MINUTE };
  });
}

/**
 * The sensor's status over the last 30 days as consecutive segments, oldest first. Deterministic:
 * the same sensor, seed and time always give the same history. A flapping sensor has several
 * short outages; a dead one a single long one that lasts until now.
 */
export function generateSensorHistory(input: HistoryInput): HistorySegment[] {
  const { now, current } = input;
  const start = Math.max(now - historyDays * DAY, input.createdAt);
  if (start >= now) return [];
  const down: HistorySegment[] = [];
  // A dead sensor was steady until it died: its past has only the rare blip.
  const pastPattern = input.pattern === 'dead' ? 'steady' : input.pattern;
  for (let day = Math.floor(start / DAY); day <= Math.floor(now / DAY); day++) {
    down.push(...outagesOfDay({ ...input, pattern: pastPattern }, day));
  }
  if (current) down.push({ state: current.state, from: current.since, to: now });
  for (const o of input.outages)
    down.push({ state: 'Disconnected', from: o.from, to: o.to ?? now });

  const clipped = down
    .map((s) => ({ ...s, from: Math.max(s.from, start), to: Math.min(s.to, now) }))
    .filter((s) => s.to > s.from);
  const points = [...new Set([start, now, ...clipped.flatMap((s) => [s.from, s.to])])].sort(
    (a, b) => a - b,
  );
  const segments: HistorySegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] as number;
    const to = points[i + 1] as number;
    const state = clipped
      .filter((s) => s.from <= from && s.to >= to)
      .reduce<HistoryState>(
        (worst, s) => (rank[s.state] > rank[worst] ? s.state : worst),
        'Connected',
      );
    const last = segments[segments.length - 1];
    if (last && last.state === state) last.to = to;
    else segments.push({ state, from, to });
  }
  return segments;
}
