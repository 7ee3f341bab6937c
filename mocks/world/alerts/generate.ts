import type { AlertStatus } from '../../../src/api/contracts/alerts';
import { detectionById, type Detection } from '../../../src/api/contracts/detections';
import { hash } from '../hash';
import { analysts, pickRoles, sequence, type AlertSpec, type Picker } from './spec';

const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** How often each detection fires in generated worlds (reconnaissance and brute force most). */
// prettier-ignore
const weights: readonly [id: string, weight: number][] = [
  ['2003', 10], ['2007', 8], ['2021', 9], ['2012', 7], ['2038', 5], ['2210', 3],
  ['2023', 10], ['2004', 4], ['2033', 2], ['2410', 4], ['2412', 2], ['2025', 5], ['2014', 1],
  ['2017', 4], ['2018', 4], ['2002', 3], ['2008', 2], ['2037', 4], ['2039', 1], ['2415', 1],
  ['2019', 4], ['2026', 3], ['2024', 4], ['2006', 2], ['2020', 1], ['2022', 1], ['2032', 1],
  ['2031', 3], ['2030', 1], ['2406', 1], ['2411', 1], ['2416', 1], ['2413', 1],
];
const weighted: Detection[] = weights.flatMap(([id, w]) => {
  const detection = detectionById(id);
  return detection ? Array.from<Detection>({ length: w }).fill(detection) : [];
});

const fraction = (next: () => number) => next() / 0x1_0000_0000;

/** The status the service's own history left an alert in: older alerts were mostly triaged. */
export function generatedStatus(
  next: () => number,
  start: number,
  epoch: number,
): Pick<AlertSpec, 'status' | 'changedAt' | 'changedBy'> {
  const age = epoch - start;
  const r = fraction(next);
  const after = (1 + (next() % 30)) * HOUR;
  const by = analysts[next() % analysts.length] ?? analysts[0];
  let status: AlertStatus = 'Open';
  if (age > 7 * DAY) status = r < 0.6 ? 'Closed' : r < 0.75 ? 'Suppressed' : 'Open';
  else if (age > DAY) status = r < 0.25 ? 'Closed' : r < 0.3 ? 'Suppressed' : 'Open';
  if (status === 'Open') return { status, changedAt: null, changedBy: null };
  return { status, changedAt: Math.min(start + after, epoch - 10 * 60_000), changedBy: by };
}

/** The random sequence of generated alert `i`: its start, detection, status and roles. */
export const alertSequence = (p: Picker, i: number) => sequence(hash(p.seed, 'alert', i));

/** One generated alert of detection picked by weight, starting at `start`. */
export function generatedAlert(
  p: Picker,
  next: () => number,
  start: number,
  epoch: number,
): AlertSpec {
  const detection = weighted[next() % weighted.length] ?? weighted[0]!;
  const span = (next() % 90) * 60_000;
  const status = generatedStatus(next, start, epoch);
  return {
    ...pickRoles(p, detection, next),
    start,
    end: Math.min(start + span, epoch),
    ...status,
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
    const next = alertSequence(p, i);
    const start = epoch - startAfter - Math.floor(fraction(next) * days * DAY);
    return generatedAlert(p, next, Math.floor(start / 60_000) * 60_000, epoch);
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
  const next = alertSequence(p, i);
  const start = Math.floor(epoch - days * DAY + (i + fraction(next) * 0.9) * step);
  return generatedAlert(p, next, start, epoch);
}
