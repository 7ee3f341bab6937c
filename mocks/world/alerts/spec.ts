import type { AlertStatus } from '../../../src/api/contracts/alerts';
import { type Detection, descriptionSlots } from '../../../src/api/contracts/detections';
import type { Severity } from '../../../src/api/contracts/vocabulary';
import { hash } from '../hash';
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
  /** The detection's severity, or the lower one the catalog gives it in some cases. */
  severity: Severity;
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
  const out: number[] = [];
  const add = (code: number | null) => {
    if (code !== null && !out.includes(code)) out.push(code);
  };
  add(spec.user);
  add(spec.source);
  add(spec.target);
  spec.dcs.forEach(add);
  spec.accounts.forEach(add);
  add(spec.group);
  add(spec.member);
  return out;
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

/**
 * Detections whose severity depends on what was seen (catalog §3.2): NTLM relay is Low when signed
 * NTLM v2 was seen; pass-the-ticket, Print Spooler and EFS-RPC are Medium in their milder forms.
 */
const lowerSeverity: Record<string, [Severity, number]> = {
  '2037': ['Low', 0.6],
  '2018': ['Medium', 0.3],
  '2415': ['Medium', 0.3],
  '2416': ['Medium', 0.3],
};

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

/**
 * A small deterministic random sequence (mulberry32) seeded with one hash: an alert's twenty-odd
 * fields cost one string hash and cheap integer steps (20,000 alerts are built in `large`).
 */
export function sequence(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const below = (next: () => number, n: number) => next() % Math.max(1, n);

/**
 * The entities and numbers of an alert of `detection`, from its random sequence: the roles the
 * detection's sentence names, drawn from the directory world's users, workstations, servers,
 * domain controllers and sensitive groups.
 */
export function pickRoles(
  p: Picker,
  detection: Detection,
  /** The alert's random sequence, or a number to start one from (story alerts). */
  from: (() => number) | number,
): Omit<AlertSpec, 'start' | 'end' | 'status' | 'changedAt' | 'changedBy'> {
  const slots = slotsOf(detection);
  const next = typeof from === 'number' ? sequence(hash(p.seed, 'roles', from)) : from;
  const { users, computers: c } = p.layout;
  const generatedUser = () => codeOf(USER, users.fixed + below(next, users.generated));
  // Every field draws, used or not, so a field's value doesn't depend on the detection's others.
  const busy = p.busyUser !== null && next() / 0x1_0000_0000 < p.busyUser.share;
  const userDraw = generatedUser();
  const user = slots.has('user')
    ? busy && p.busyUser
      ? codeOf(USER, p.busyUser.index)
      : userDraw
    : null;
  const sourceDraw = codeOf(COMPUTER, c.serverEnd + below(next, c.count - c.serverEnd));
  const targetDraw = codeOf(COMPUTER, c.fixedEnd + below(next, c.serverEnd - c.fixedEnd));
  const source = slots.has('source') ? sourceDraw : null;
  const target = slots.has('target') ? targetDraw : null;
  const dcCount = 1 + below(next, 3);
  const firstDc = next();
  const dcs = slots.has('dcs')
    ? Array.from({ length: dcCount }, (_, k) => dcCode(p.layout, firstDc + k))
    : [];
  const accountCount = 2 + below(next, 9);
  const accounts: number[] = [];
  for (let k = 0; k < accountCount; k++) {
    const account = generatedUser();
    if (slots.has('accounts') && !accounts.includes(account)) accounts.push(account);
  }
  const groupKey = sensitiveGroupKeys[below(next, sensitiveGroupKeys.length)] ?? 'Domain Admins@0';
  const groupIndex = p.layout.groupIndexByKey.get(groupKey) ?? 0;
  const memberDraw = generatedUser();
  const lower = lowerSeverity[detection.id];
  const severityDraw = next() / 0x1_0000_0000;
  const severity = lower && severityDraw < lower[1] ? lower[0] : detection.severity;
  const domain = suspiciousDomains[below(next, suspiciousDomains.length)] ?? null;
  const ghost = next().toString(36).slice(0, 5);
  const outsideIp = `203.0.113.${below(next, 250)}`;
  const count = 5 + below(next, 400);
  const resources = 1 + below(next, 6);
  const outcome = next() / 0x1_0000_0000 < 0.7 ? 'Success' : 'Failure';
  const sourceCode = source ?? target;
  return {
    detection,
    severity,
    user,
    source,
    target,
    dcs,
    accounts,
    group: slots.has('group') ? codeOf(GROUP, groupIndex) : null,
    member: slots.has('member') ? memberDraw : null,
    domain: slots.has('domain') ? domain : null,
    name: slots.has('name') ? `CONTOSO\\svc_${ghost}` : null,
    ip: sourceCode === null ? outsideIp : ipOfComputer(p.layout, sourceCode),
    count,
    resources,
    outcome,
  };
}
