import { codeOf, COMPUTER, USER } from './codes';
import type { DirectoryLayout } from './layout';

/**
 * Logons of fixed demo users that happen every day at a fixed time, so the lateral movement paths
 * of Contoso have a chain one can check by hand (README § Demo entities). They are ordinary
 * activity lines: the Activities tab shows them like any other logon.
 */
// prettier-ignore
export const scriptedLogons = [
  { user: 'sisanda', computer: 'ADFS01', minute: 8 * 60 + 5, type: 'Remote Desktop' },
  { user: 'lidia', computer: 'KIOSK07', minute: 8 * 60 + 10, type: 'Interactive Logon' },
  { user: 'ron', computer: 'STANDALONE01', minute: 8 * 60 + 15, type: 'Remote Desktop' },
] as const;

export interface ScriptedLogon {
  /** Minute of the day (UTC). */
  minute: number;
  computer: number;
  type: (typeof scriptedLogons)[number]['type'];
}

const cache = new WeakMap<DirectoryLayout, Map<number, ScriptedLogon[]>>();

/** The scripted logons of an entity (by code): none for everything but a few fixed users. */
export function scriptedLogonsOf(layout: DirectoryLayout, code: number): readonly ScriptedLogon[] {
  let byUser = cache.get(layout);
  if (!byUser) {
    byUser = new Map();
    for (const s of scriptedLogons) {
      const user = layout.userIndexByKey.get(s.user);
      const computer = layout.computerIndexByKey.get(s.computer);
      if (user === undefined || computer === undefined) continue;
      const key = codeOf(USER, user);
      const list = byUser.get(key) ?? [];
      list.push({ minute: s.minute, computer: codeOf(COMPUTER, computer), type: s.type });
      byUser.set(key, list);
    }
    cache.set(layout, byUser);
  }
  return byUser.get(code) ?? [];
}
