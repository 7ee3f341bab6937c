import { detectionById } from '../../../src/api/contracts/detections';
import type { SimulatedAlert } from '../../store/state';
import type { DirectoryWorld } from '../directory/directory-world';
import { hash } from '../hash';
import type { AlertWorld } from './alert-world';
import { dcCode, ipOfComputer, type AlertSpec } from './spec';

/**
 * Alerts raised by the Demo menu's simulations (Simulate honeytoken sign-in), kept in the tenant
 * state (`TenantState.simulatedAlerts`, oldest first) and merged into the generated alerts by
 * time. A simulation that raises an alert adds one entry; nothing else changes.
 */
export type { SimulatedAlert };

function specOf(directory: DirectoryWorld, alert: SimulatedAlert, n: number): AlertSpec | null {
  const detection = detectionById(alert.detectionId);
  const user = directory.codeOfId(alert.userId);
  const source = directory.codeOfId(alert.computerId);
  if (!detection || user === undefined || source === undefined) return null;
  const { layout } = directory;
  return {
    detection,
    start: alert.at,
    end: alert.at,
    user,
    source,
    target: null,
    dcs: [dcCode(layout, hash(layout.seed, 'simulated-dc', n))],
    accounts: [],
    group: null,
    member: null,
    domain: null,
    name: null,
    ip: ipOfComputer(layout, source),
    count: 1,
    resources: 1,
    outcome: 'Success',
    status: 'Open',
    changedAt: null,
    changedBy: null,
  };
}

/** How many of the world's alerts start no later than `at` (its alerts are sorted by start). */
function countStartedBy(world: AlertWorld, at: number): number {
  let lo = 0;
  let hi = world.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (world.spec(mid).start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The generated world with the simulated alerts placed by start time. An alert is inserted after
 * every generated alert that started by then, so the alerts already visible keep their index
 * (and id); only not-yet-started generated alerts (active-attack's story) move up.
 */
export function withSimulatedAlerts(
  base: AlertWorld,
  simulated: readonly SimulatedAlert[],
): AlertWorld {
  const extra = simulated
    .map((s, n) => specOf(base.directory, s, n))
    .filter((s): s is AlertSpec => s !== null)
    .sort((a, b) => a.start - b.start);
  if (!extra.length) return base;
  // Merged index of each simulated alert (ascending), and the generated index it goes before.
  const before = extra.map((spec) => countStartedBy(base, spec.start));
  const merged = before.map((b, j) => b + j);
  const extraAt = new Map(merged.map((m, j) => [m, j]));
  const count = base.count + extra.length;
  const shiftOf = (generated: number) => before.filter((b) => b <= generated).length;
  const keys = new Map([...base.keys].map(([key, i]) => [key, i + shiftOf(i)]));
  const pattern = new RegExp(`^a(\\d+)-${base.tag}$`);
  return {
    ...base,
    count,
    keys,
    spec(i) {
      const j = extraAt.get(i);
      if (j !== undefined) return extra[j]!;
      return base.spec(i - merged.filter((m) => m < i).length);
    },
    idOf: (i) => `a${i}-${base.tag}`,
    indexOfId(id) {
      const match = pattern.exec(id);
      if (!match?.[1]) return undefined;
      const i = Number(match[1]);
      return String(i) === match[1] && i < count ? i : undefined;
    },
  };
}
