import type { AlertStatus } from '../../../src/api/contracts/alerts';
import { detectionById, type Detection } from '../../../src/api/contracts/detections';
import { hash, pick, unit } from '../hash';
import { analysts, pickRoles, type AlertSpec, type Picker } from './spec';

const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** How often each detection fires in generated worlds (reconnaissance and brute force most). */
// prettier-ignore
const weights: readonly [id: string, weight: number][] = [
  ['2003', 10], ['2007', 8], ['2021', 9], ['2012', 7], ['2038', 5], ['2210', 3],
  ['2023', 10], ['2004', 4], ['2033', 2], ['2410', 4], ['2412', 2], ['2025', 5], ['2014', 1],
  ['2017', 4], ['2018', 4], ['2002', 3], ['2008', 2], ['2037', 1], ['2039', 1], ['2415', 1],
  ['2019', 4], ['2026', 3], ['2024', 4], ['2006', 2], ['2020', 1], ['2022', 1], ['2032', 1],
  ['2031', 3], ['2030', 1], ['2406', 1], ['2411', 1], ['2416', 1], ['2413', 1],
];
const weighted: Detection[] = weights.flatMap(([id, w]) => {
  const detection = detectionById(id);
  return detection ? Array.from<Detection>({ length: w }).fill(detection) : [];
});

/** The status the service's own history left alert `i` in: older alerts were mostly triaged. */
export function generatedStatus(
  seed: string,
  i: number,
  start: number,
  epoch: number,
): Pick<AlertSpec, 'status' | 'changedAt' | 'changedBy'> {
  const age = epoch - start;
  const r = unit(seed, 'status', i);
  let status: AlertStatus = 'Open';
  if (age > 7 * DAY) status = r < 0.6 ? 'Closed' : r < 0.75 ? 'Suppressed' : 'Open';
  else if (age > DAY) status = r < 0.25 ? 'Closed' : r < 0.3 ? 'Suppressed' : 'Open';
  if (status === 'Open') return { status, changedAt: null, changedBy: null };
  const after = (1 + (hash(seed, 'triaged', i) % 30)) * HOUR;
  const changedAt = Math.min(start + after, epoch - 10 * 60_000);
  return { status, changedAt, changedBy: pick(analysts, seed, 'analyst', i) };
}

/** One generated alert of detection picked by weight, starting at `start`. */
export function generatedAlert(p: Picker, i: number, start: number, epoch: number): AlertSpec {
  const detection = pick(weighted, p.seed, 'detection', i);
  const span = (hash(p.seed, 'span', i) % 90) * 60_000;
  return {
    ...pickRoles(p, detection, i),
    start,
    end: Math.min(start + span, epoch),
    ...generatedStatus(p.seed, i, start, epoch),
  };
}

/** `count` alerts spread over the `days` before `epoch`, oldest first (small worlds: all kept). */
export function scatteredAlerts(
  p: Picker,
  count: number,
  days: number,
  epoch: number,
  startAfter = 0,
): AlertSpec[] {
  const specs = Array.from({ length: count }, (_, i) => {
    const start = epoch - startAfter - Math.floor(unit(p.seed, 'when', i) * days * DAY);
    return generatedAlert(p, i, Math.floor(start / 60_000) * 60_000, epoch);
  });
  return specs.sort((a, b) => a.start - b.start);
}

/**
 * Alert `i` of `count` spread evenly over `days` before `epoch`: its start grows with `i`, so the
 * index is already time-sorted and alert i is computed without alerts 0..i-1 (the large world).
 */
export function evenAlert(
  p: Picker,
  i: number,
  count: number,
  days: number,
  epoch: number,
): AlertSpec {
  const step = (days * DAY) / count;
  const start = Math.floor(epoch - days * DAY + (i + unit(p.seed, 'when', i) * 0.9) * step);
  return generatedAlert(p, i, start, epoch);
}
