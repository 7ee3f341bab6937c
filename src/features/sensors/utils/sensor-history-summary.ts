import type { SensorHistory, SensorHistorySegment } from '@/api/contracts/sensors';

export interface HistorySummary {
  outages: SensorHistorySegment[];
  downMinutes: number;
  longestMinutes: number;
  /** The outage still going on at the end of the history, if any. */
  current: SensorHistorySegment | null;
  /** One sentence telling a flapping sensor from a dead one. */
  pattern: string;
}

const minutesOf = (s: SensorHistorySegment) =>
  Math.round((Date.parse(s.to) - Date.parse(s.from)) / 60_000);

/** "2 h 5 min", "45 min", "3 d 4 h". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

/** The outages of a sensor's history and what their pattern says. */
export function summarizeHistory(history: SensorHistory): HistorySummary {
  const outages = history.segments.filter((s) => s.state !== 'Connected');
  const last = history.segments.at(-1);
  const current = last && last.state !== 'Connected' ? last : null;
  const downMinutes = outages.reduce((sum, s) => sum + minutesOf(s), 0);
  const longestMinutes = outages.reduce((max, s) => Math.max(max, minutesOf(s)), 0);
  const earlier = outages.length - (current ? 1 : 0);
  let pattern: string;
  if (outages.length === 0) pattern = 'Connected the whole time.';
  // A stopped service does not come back by itself; a silent one counts as dead after 2 hours.
  else if (current && (current.state === 'Stopped' || minutesOf(current) >= 120) && earlier <= 2)
    pattern = `Down for ${formatDuration(minutesOf(current))} and not back: one long outage, not an intermittent one.`;
  else if (outages.length >= 4)
    pattern = `Intermittent: ${outages.length} short outages${current ? ', and disconnected now' : ''}. Check the network path and the server’s resources.`;
  else
    pattern = `${outages.length} ${outages.length === 1 ? 'outage' : 'outages'}${current ? ', one still going on' : ''}.`;
  return { outages, downMinutes, longestMinutes, current, pattern };
}

export const segmentMinutes = minutesOf;
