import type { EntityRef } from '../../../src/api/contracts/entities';
import { DAY_MS } from '../../../src/api/contracts/reports';
import { hash, unit } from '../hash';
import { codeOf, COMPUTER, USER } from '../directory/codes';
import { ipOf } from '../directory/activity-lines';
import type { DirectoryWorld } from '../directory/directory-world';
import { daysOf, type ReportWindow } from './range';

/**
 * Passwords exposed in cleartext (catalog §7.1): accounts whose applications bind to LDAP with a
 * simple bind, sending the password in clear text. A few legacy applications per directory do it:
 * the demo's `svc-legacyapp`, plus one account per ~25,000 users, each from a server or a
 * workstation of its own, on most weekdays. Computed per day from the seed; nothing is stored.
 */
export interface CleartextBind {
  /** The day (UTC start, ms) the binds were seen. */
  day: number;
  firstAt: number;
  lastAt: number;
  account: EntityRef;
  sourceComputer: EntityRef;
  sourceIp: string;
  domainController: EntityRef;
  binds: number;
}

interface Source {
  user: number;
  computer: number;
  dc: number;
}

const sourceCache = new WeakMap<DirectoryWorld, Source[]>();

function sourcesOf(world: DirectoryWorld): Source[] {
  const cached = sourceCache.get(world);
  if (cached) return cached;
  const { layout } = world;
  const { seed } = layout;
  const users: number[] = [];
  const legacy = layout.userIndexByKey.get('asrep');
  if (legacy !== undefined) users.push(legacy);
  const extra = 1 + Math.floor(layout.users.count / 25_000);
  for (let k = 0; k < extra && layout.users.generated > 0; k++)
    users.push(layout.users.fixed + (hash(seed, 'cleartext-user', k) % layout.users.generated));
  const { dcs, fixedEnd, serverEnd, count } = layout.computers;
  const sources = users.map((user, k) => {
    // Most legacy applications run on a server; one in three on someone's workstation.
    const onServer = hash(seed, 'cleartext-where', k) % 3 !== 0 && serverEnd > fixedEnd;
    const computer = onServer
      ? fixedEnd + (hash(seed, 'cleartext-server', k) % (serverEnd - fixedEnd))
      : serverEnd + (hash(seed, 'cleartext-workstation', k) % Math.max(1, count - serverEnd));
    return { user, computer, dc: hash(seed, 'cleartext-dc', k) % Math.max(1, dcs) };
  });
  sourceCache.set(world, sources);
  return sources;
}

/** The simple binds seen in the window, a row per account, source and day (oldest first). */
export function cleartextBinds(
  world: DirectoryWorld,
  window: ReportWindow,
  now: number,
): CleartextBind[] {
  const { seed } = world.layout;
  const rows: CleartextBind[] = [];
  const sources = sourcesOf(world);
  for (const day of daysOf(window)) {
    const weekend = [0, 6].includes(new Date(day * DAY_MS).getUTCDay());
    sources.forEach((source, k) => {
      if (unit(seed, 'cleartext-day', k, day) < (weekend ? 0.8 : 0.25)) return;
      const binds = 1 + (hash(seed, 'cleartext-binds', k, day) % 40);
      const first = day * DAY_MS + (360 + (hash(seed, 'cleartext-first', k, day) % 240)) * 60_000;
      const last = first + (hash(seed, 'cleartext-span', k, day) % 600) * 60_000;
      const lastAt = Math.min(last, window.to - 1, now);
      const firstAt = Math.max(first, window.from);
      if (firstAt > lastAt) return;
      rows.push({
        day: day * DAY_MS,
        firstAt,
        lastAt,
        account: world.ref(codeOf(USER, source.user), now),
        sourceComputer: world.ref(codeOf(COMPUTER, source.computer), now),
        sourceIp: ipOf(world, source.computer),
        domainController: world.ref(codeOf(COMPUTER, source.dc), now),
        binds,
      });
    });
  }
  return rows;
}
