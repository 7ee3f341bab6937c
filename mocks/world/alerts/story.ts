import { detectionById } from '../../../src/api/contracts/detections';
import { codeOf, COMPUTER, GROUP, USER } from '../directory/codes';
import type { DirectoryLayout } from '../directory/layout';
import { DAY, scatteredAlerts } from './generate';
import { dcCode, ipOfComputer, pickRoles, type AlertSpec, type Picker } from './spec';

const MIN = 60_000;
const HOUR = 60 * MIN;

/**
 * The active-attack scenario's intrusion (README § Demo facts): Lidia Holloway's workstation
 * CLIENT12 is compromised; from it the attacker maps the domain, steals Ron Harper's and then
 * Sisanda Fela's credentials, replicates the directory (DCSync) and forges tickets. The last three
 * alerts start after the scenario's start (20 minutes, 100 minutes and 3 hours later: a forged
 * ticket, a second enumeration, a golden ticket): they arrive as the simulation clock passes them.
 * `key` names each alert for `demoAlert()`.
 */
export interface StoryAlert extends AlertSpec {
  key: string;
}

export function storyEntities(layout: DirectoryLayout) {
  const user = (key: string) => codeOf(USER, layout.userIndexByKey.get(key) ?? 0);
  return {
    lidia: user('lidia'),
    ron: user('ron'),
    sisanda: user('sisanda'),
    msol: user('msol'),
    client: codeOf(COMPUTER, Math.min(layout.computers.count - 1, layout.computers.serverEnd + 11)),
    server: codeOf(COMPUTER, layout.computers.fixedEnd),
    domainAdmins: codeOf(GROUP, layout.groupIndexByKey.get('Domain Admins@0') ?? 0),
    dc: (n: number) => dcCode(layout, n),
  };
}

export function attackStory(p: Picker, epoch: number): StoryAlert[] {
  const e = storyEntities(p.layout);
  const ip = ipOfComputer(p.layout, e.client);
  const extra = (k: number) => codeOf(USER, p.layout.users.fixed + 40 + k * 7);
  const alert = (
    key: string,
    detectionId: string,
    offset: number,
    minutes: number,
    roles: Partial<AlertSpec>,
  ): StoryAlert => {
    const detection = detectionById(detectionId);
    if (!detection) throw new Error(`No detection ${detectionId}`);
    const start = epoch + offset;
    return {
      ...pickRoles(p, detection, 9_000 + Number(detectionId)),
      source: e.client,
      ip,
      ...roles,
      key,
      detection,
      severity: detection.severity,
      start,
      end: start + minutes * MIN,
      status: 'Open',
      changedAt: null,
      changedBy: null,
    };
  };
  const exposed = [e.ron, e.sisanda, extra(1), extra(2), extra(3)];
  return [
    alert('enumeration', '2003', -46 * HOUR, 12, {
      dcs: [e.dc(0)],
      accounts: exposed,
      count: 412,
    }),
    alert('dns-recon', '2007', -45 * HOUR - 20 * MIN, 3, { dcs: [e.dc(0), e.dc(1)] }),
    alert('samr-recon', '2021', -44 * HOUR, 6, {
      user: e.lidia,
      group: e.domainAdmins,
      dcs: [e.dc(0)],
    }),
    alert('smb-recon', '2012', -43 * HOUR - 30 * MIN, 4, {
      user: e.lidia,
      dcs: [e.dc(0), e.dc(1)],
      accounts: exposed,
    }),
    alert('pass-the-hash', '2017', -26 * HOUR, 25, { user: e.ron, target: e.server }),
    alert('pass-the-ticket', '2018', -24 * HOUR, 40, {
      user: e.sisanda,
      target: e.server,
      resources: 3,
    }),
    alert('dcsync', '2006', -3 * HOUR, 2, {
      user: e.sisanda,
      dcs: [e.dc(0), e.dc(1), e.dc(2)],
      count: 6,
      outcome: 'Success',
    }),
    alert('forged-ticket', '2027', 20 * MIN, 5, {
      name: 'CONTOSO\\adm_backup$',
      resources: 2,
    }),
    alert('enumeration-again', '2003', 100 * MIN, 8, {
      dcs: [e.dc(1)],
      accounts: [e.msol, extra(4), extra(5)],
      count: 95,
    }),
    alert('golden-ticket', '2032', 3 * HOUR, 10, { user: e.sisanda, resources: 4 }),
  ];
}

/** The attack plus a quieter month before it (alerts from 3 to 30 days old). */
export function activeAttackAlerts(p: Picker, epoch: number): AlertSpec[] {
  const background = scatteredAlerts(p, 14, 27, epoch, 3 * DAY);
  return [...background, ...attackStory(p, epoch)].sort((a, b) => a.start - b.start);
}

/**
 * Contoso's month: generated alerts, plus one the demo relies on — an Exchange server's account
 * relayed (NTLM relay, Low: signed NTLM v2 was seen), open, two days old.
 */
export function contosoAlerts(p: Picker, epoch: number, count: number): AlertSpec[] {
  const detection = detectionById('2037');
  if (!detection) throw new Error('No detection 2037');
  const exchange = codeOf(COMPUTER, p.layout.computerIndexByKey.get('EXCH01') ?? 0);
  const start = epoch - 2 * DAY - 5 * HOUR;
  const relay: StoryAlert = {
    ...pickRoles(p, detection, 9_037),
    key: 'ntlm-relay',
    severity: 'Low',
    target: exchange,
    dcs: [dcCode(p.layout, 0)],
    start,
    end: start + 4 * MIN,
    status: 'Open',
    changedAt: null,
    changedBy: null,
  };
  return [...scatteredAlerts(p, count - 1, 30, epoch), relay].sort((a, b) => a.start - b.start);
}
