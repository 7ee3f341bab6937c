import type { AlertStatus } from '../../../src/api/contracts/alerts';
import { type Detection, descriptionSlots } from '../../../src/api/contracts/detections';
import { hash, pick, unit } from '../hash';
import { codeOf, COMPUTER, GROUP, USER } from '../directory/codes';
import { computerIdentity } from '../directory/computers';
import type { DirectoryLayout } from '../directory/layout';

/**
 * One generated alert before it meets the store: which detection, when, the entities in each role
 * (directory entity codes, `codes.ts`), the numbers its sentence and evidence show, and the status
 * the service's own history left it in. Computed from the seed and the alert's index, never stored.
 */
export interface AlertSpec {
  detection: Detection;
  start: number;
  end: number;
  user: number | null;
  source: number | null;
  target: number | null;
  dcs: number[];
  accounts: number[];
  group: number | null;
  member: number | null;
  domain: string | null;
  /** An account name that is not in the directory (forged tickets). */
  name: string | null;
  /** The source computer's IP address. */
  ip: string;
  count: number;
  resources: number;
  outcome: 'Success' | 'Failure';
  /** Status after the generated history (Open unless someone closed or suppressed it). */
  status: AlertStatus;
  /** When and by whom the generated history changed the status (null while Open). */
  changedAt: number | null;
  changedBy: string | null;
}

/** Every entity code the alert involves, each once (user first, then computers, groups). */
export function entitiesOf(spec: AlertSpec): number[] {
  const all = [spec.user, spec.source, spec.target, ...spec.dcs, ...spec.accounts, spec.group];
  all.push(spec.member);
  const seen = new Set<number>();
  for (const code of all) if (code !== null) seen.add(code);
  return [...seen];
}

/** SOC staff who closed and suppressed alerts before the scenario starts (generated history). */
export const analysts = ['Megan Bowen', 'Adele Vance', 'Johanna Lorenz', 'Nestor Wilke'] as const;

export const suspiciousDomains = [
  'e5.sk',
  'x1.rand0m-cdn.net',
  'update-check.kz',
  'tunnel.dnscat.io',
  'a.b.exfil-demo.org',
] as const;

const sensitiveGroupKeys = [
  'Domain Admins@0',
  'Enterprise Admins@0',
  'Schema Admins@0',
  'Administrators@0',
  'Account Operators@0',
  'Backup Operators@0',
] as const;

const slotCache = new Map<string, Set<string>>();
function slotsOf(detection: Detection): Set<string> {
  let slots = slotCache.get(detection.id);
  if (!slots)
    slotCache.set(detection.id, (slots = new Set(descriptionSlots(detection.description))));
  return slots;
}

export interface Picker {
  layout: DirectoryLayout;
  seed: string;
  /** A fixed user who takes part in this share of alerts (the large scenario's busy account). */
  busyUser: { index: number; share: number } | null;
}

export function dcCode(layout: DirectoryLayout, n: number): number {
  return codeOf(COMPUTER, Math.max(0, n % Math.max(1, layout.computers.dcs)));
}

export function ipOfComputer(layout: DirectoryLayout, code: number): string {
  const i = Math.floor(code / 3);
  const d = computerIdentity(layout, i).domain;
  return `10.${d + 1}.${(i >> 8) & 255}.${i & 255}`;
}

function generatedUser(p: Picker, ...parts: (string | number)[]): number {
  const { users } = p.layout;
  return codeOf(
    USER,
    users.fixed + (hash(p.seed, 'user', ...parts) % Math.max(1, users.generated)),
  );
}

function workstation(p: Picker, ...parts: (string | number)[]): number {
  const c = p.layout.computers;
  const n = Math.max(1, c.count - c.serverEnd);
  return codeOf(COMPUTER, c.serverEnd + (hash(p.seed, 'ws', ...parts) % n));
}

function server(p: Picker, ...parts: (string | number)[]): number {
  const c = p.layout.computers;
  const n = Math.max(1, c.serverEnd - c.fixedEnd);
  return codeOf(COMPUTER, c.fixedEnd + (hash(p.seed, 'srv', ...parts) % n));
}

/**
 * The entities and numbers of alert `i` of `detection`, from hash(seed, i): the roles the
 * detection's sentence names, drawn from the directory world's users, workstations, servers,
 * domain controllers and sensitive groups.
 */
export function pickRoles(
  p: Picker,
  detection: Detection,
  i: number,
): Omit<AlertSpec, 'start' | 'end' | 'status' | 'changedAt' | 'changedBy'> {
  const slots = slotsOf(detection);
  const busy = p.busyUser && unit(p.seed, 'busy', i) < p.busyUser.share;
  const user = slots.has('user')
    ? busy && p.busyUser
      ? codeOf(USER, p.busyUser.index)
      : generatedUser(p, i)
    : null;
  const source = slots.has('source') ? workstation(p, i) : null;
  const target = slots.has('target') ? server(p, i) : null;
  const dcCount = 1 + (hash(p.seed, 'dc-count', i) % 3);
  const firstDc = hash(p.seed, 'dc', i);
  const dcs = slots.has('dcs')
    ? Array.from({ length: dcCount }, (_, k) => dcCode(p.layout, firstDc + k))
    : [];
  const accountCount = 2 + (hash(p.seed, 'accounts', i) % 9);
  const accounts = slots.has('accounts')
    ? [...new Set(Array.from({ length: accountCount }, (_, k) => generatedUser(p, i, 'acc', k)))]
    : [];
  const groupKey = pick(sensitiveGroupKeys, p.seed, 'group', i);
  const groupIndex = p.layout.groupIndexByKey.get(groupKey) ?? 0;
  const member = slots.has('member') ? generatedUser(p, i, 'member') : null;
  const sourceCode = source ?? target;
  return {
    detection,
    user,
    source,
    target,
    dcs,
    accounts,
    group: slots.has('group') ? codeOf(GROUP, groupIndex) : null,
    member,
    domain: slots.has('domain') ? pick(suspiciousDomains, p.seed, 'domain', i) : null,
    name: slots.has('name')
      ? `CONTOSO\\svc_${hash(p.seed, 'ghost', i).toString(36).slice(0, 5)}`
      : null,
    ip:
      sourceCode === null
        ? `203.0.113.${hash(p.seed, 'ip', i) % 250}`
        : ipOfComputer(p.layout, sourceCode),
    count: 5 + (hash(p.seed, 'count', i) % 400),
    resources: 1 + (hash(p.seed, 'resources', i) % 6),
    outcome: unit(p.seed, 'outcome', i) < 0.7 ? 'Success' : 'Failure',
  };
}
