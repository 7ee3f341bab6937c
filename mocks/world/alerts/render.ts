import type {
  AlertChainStep,
  AlertDetail,
  AlertEvidence,
  AlertHistoryEntry,
  AlertSummary,
  ExclusionTarget,
} from '../../../src/api/contracts/alerts';
import type { EntityRef, SentencePart } from '../../../src/api/contracts/entities';
import type { DirectoryWorld } from '../directory/directory-world';
import type { AlertSpec } from './spec';
import type { AlertView } from './view';

const iso = (ms: number) => new Date(ms).toISOString();

const refCache = new WeakMap<DirectoryWorld, { now: number; refs: Map<number, EntityRef> }>();
/**
 * An entity's link at `now`, memoised for a minute: a page of alerts names the same entities many
 * times, and a busy account's pills (its sensitive-group walk) cost more than the rest.
 */
export function refOf(world: DirectoryWorld, now: number, code: number): EntityRef {
  let cache = refCache.get(world);
  // Pills change with time only through "New" (30 days): a minute-old link is still right.
  if (!cache || Math.abs(cache.now - now) >= 60_000)
    refCache.set(world, (cache = { now, refs: new Map() }));
  let ref = cache.refs.get(code);
  if (!ref) cache.refs.set(code, (ref = world.ref(code, now)));
  return ref;
}
const text = (t: string): SentencePart => ({ text: t });
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The card's sentence: the detection's template with entity links and numbers filled in. */
export function describe(spec: AlertSpec, world: DirectoryWorld, now: number): SentencePart[] {
  const ref = (code: number): SentencePart => ({ entity: refOf(world, now, code) });
  const fill = (slot: string): SentencePart => {
    switch (slot) {
      case 'user':
        return spec.user === null ? text('an account') : ref(spec.user);
      case 'source':
        return spec.source === null ? text(spec.ip) : ref(spec.source);
      case 'target':
        return spec.target === null ? text('a computer') : ref(spec.target);
      case 'group':
        return spec.group === null ? text('a group') : ref(spec.group);
      case 'member':
        return spec.member === null ? text('an account') : ref(spec.member);
      case 'dcs': {
        const [first] = spec.dcs;
        if (spec.dcs.length === 1 && first !== undefined) return ref(first);
        return text(plural(spec.dcs.length, 'domain controller'));
      }
      case 'accounts': {
        const [first] = spec.accounts;
        if (spec.accounts.length === 1 && first !== undefined) return ref(first);
        return text(plural(spec.accounts.length, 'account'));
      }
      case 'resources':
        return text(plural(spec.resources, 'resource'));
      case 'count':
        return text(String(spec.count));
      case 'domain':
        return text(spec.domain ?? '');
      case 'name':
        return text(spec.name ?? '');
      case 'ip':
        return text(spec.ip);
      default:
        return text(`{${slot}}`);
    }
  };
  const parts: SentencePart[] = [];
  const template = spec.detection.description;
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) parts.push(text(template.slice(last, match.index)));
    parts.push(fill(match[1] ?? ''));
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(text(template.slice(last)));
  // Adjacent text parts read as one.
  return parts.reduce<SentencePart[]>((out, part) => {
    const prev = out[out.length - 1];
    if (prev && 'text' in prev && 'text' in part) prev.text += part.text;
    else out.push({ ...part });
    return out;
  }, []);
}

/** What "Close and exclude" would add: the detection's first exclusion kind, for this alert. */
export function exclusionTargetOf(
  spec: AlertSpec,
  world: DirectoryWorld,
  now: number,
): ExclusionTarget | null {
  const kind = spec.detection.exclusionKinds[0];
  const entity = (code: number | null): ExclusionTarget | null => {
    if (code === null || !kind) return null;
    const ref = refOf(world, now, code);
    return { kind, value: ref.name, entity: ref };
  };
  if (kind === 'Computer') return entity(spec.source ?? spec.target);
  if (kind === 'User') return entity(spec.user ?? spec.member);
  if (kind === 'IP address') return { kind, value: spec.ip, entity: null };
  if (kind === 'Domain') return spec.domain ? { kind, value: spec.domain, entity: null } : null;
  return null;
}

function refs(spec: AlertSpec, world: DirectoryWorld, now: number): EntityRef[] {
  const all = [spec.user, spec.source, spec.target, ...spec.dcs, ...spec.accounts];
  all.push(spec.group, spec.member);
  const seen = new Set<number>();
  const out: EntityRef[] = [];
  for (const code of all) {
    if (code === null || seen.has(code)) continue;
    seen.add(code);
    out.push(refOf(world, now, code));
  }
  return out;
}

export function alertSummary(view: AlertView, i: number): AlertSummary {
  const { world, now } = view;
  const spec = world.spec(i);
  const state = view.state(i);
  const dir = world.directory;
  const d = spec.detection;
  return {
    id: world.idOf(i),
    detectionId: d.id,
    title: d.name,
    description: describe(spec, dir, now),
    severity: spec.severity,
    phase: d.phase,
    status: state.status,
    preview: d.preview,
    startedAt: iso(spec.start),
    endedAt: iso(spec.end),
    statusChangedAt: nullableIso(state.change?.statusChangedAt ?? spec.changedAt),
    entities: refs(spec, dir, now),
    exclusionTarget: exclusionTargetOf(spec, dir, now),
  };
}

const nullableIso = (ms: number | null | undefined) => (ms == null ? null : iso(ms));

export function alertDetail(view: AlertView, i: number): AlertDetail {
  const summary = alertSummary(view, i);
  const spec = view.world.spec(i);
  const dir = view.world.directory;
  const now = view.now;
  const state = view.state(i);
  const history: AlertHistoryEntry[] = [
    { at: summary.startedAt, by: null, action: 'Raised', from: null, to: 'Open', note: null },
  ];
  if (spec.changedAt !== null && spec.status !== 'Open') {
    history.push({
      at: iso(spec.changedAt),
      by: spec.changedBy,
      action: spec.status === 'Closed' ? 'Closed' : 'Suppressed',
      from: 'Open',
      to: spec.status,
      note: null,
    });
  }
  for (const h of state.change?.history ?? []) {
    history.push({ ...h, at: iso(h.at) });
  }
  return {
    ...summary,
    chain: chainOf(spec, dir, now),
    evidence: evidenceOf(spec, dir, now),
    details: detailsOf(spec, dir, now),
    history: history.reverse(),
    learnMoreUrl: spec.detection.learnMoreUrl,
  };
}

function step(
  role: string,
  codes: number[],
  world: DirectoryWorld,
  now: number,
  verbToNext: string | null,
): AlertChainStep {
  return {
    role,
    entities: codes.slice(0, 5).map((c) => refOf(world, now, c)),
    total: codes.length,
    verbToNext,
  };
}

const verbs: Record<string, string> = {
  Reconnaissance: 'sent queries to',
  'Compromised credentials': 'attacked',
  'Lateral movement': 'accessed',
  'Domain dominance': 'made requests to',
  Exfiltration: 'communicated with',
};

/** Account → the computer it acted from (catalog §4.3: "made replication requests from"). */
const fromVerbs: Record<string, string> = {
  Reconnaissance: 'sent queries from',
  'Compromised credentials': 'signed in from',
  'Lateral movement': 'used credentials from',
  'Domain dominance': 'made requests from',
  Exfiltration: 'copied files from',
};
const fromVerbByDetection: Record<string, string> = {
  '2006': 'made replication requests from',
  '2018': 'used a Kerberos ticket from',
};

/** The infographic: account → source computer → what it reached (catalog §4.3). */
export function chainOf(spec: AlertSpec, world: DirectoryWorld, now: number): AlertChainStep[] {
  const steps: { role: string; codes: number[] }[] = [];
  if (spec.user !== null) steps.push({ role: 'Account', codes: [spec.user] });
  if (spec.source !== null) steps.push({ role: 'Source computer', codes: [spec.source] });
  if (spec.target !== null) steps.push({ role: 'Destination computer', codes: [spec.target] });
  if (spec.accounts.length) steps.push({ role: 'Accounts', codes: spec.accounts });
  if (spec.group !== null) steps.push({ role: 'Group', codes: [spec.group] });
  if (spec.member !== null) steps.push({ role: 'Added account', codes: [spec.member] });
  if (spec.dcs.length) steps.push({ role: 'Domain controllers', codes: spec.dcs });
  const verb = verbs[spec.detection.phase] ?? 'accessed';
  return steps.map((s, k) => {
    const next = steps[k + 1];
    let v: string | null = null;
    if (next && k === 0)
      v =
        s.role === 'Account' && next.role === 'Source computer'
          ? (fromVerbByDetection[spec.detection.id] ??
            fromVerbs[spec.detection.phase] ??
            'acted from')
          : verb;
    else if (next) v = s.role === 'Accounts' || s.role === 'Group' ? 'on' : 'to';
    return step(s.role, s.codes, world, now, v);
  });
}

const nnrDetections = new Set(['2018', '2006', '2007', '2037']);
const goldenTicket = new Set(['2027', '2032', '2022', '2040', '2009', '2013']);

/** Evidence bullets: the facts behind the detection (catalog §4.3 item 3). */
export function evidenceOf(spec: AlertSpec, world: DirectoryWorld, now: number): AlertEvidence[] {
  const ref = (code: number): SentencePart => ({ entity: refOf(world, now, code) });
  const out: AlertEvidence[] = [];
  const id = spec.detection.id;
  if (spec.source !== null && nnrDetections.has(id)) {
    out.push({
      sentence: [ref(spec.source), text(` resolved from ${spec.ip} with high certainty`)],
      items: [],
    });
  }
  if (spec.source !== null && (id === '2006' || id === '2029' || id === '2028')) {
    out.push({
      sentence: [ref(spec.source), text(' is not a recognized domain controller')],
      items: [],
    });
  }
  if (goldenTicket.has(id)) {
    out.push({
      sentence: [
        text(
          `The password of the KRBTGT account of domain ${world.layout.domains[0]?.dns ?? ''} was last updated 3 years ago`,
        ),
      ],
      items: [],
    });
  }
  if (spec.accounts.length) {
    out.push({
      sentence: [text(`${plural(spec.accounts.length, 'account')} exposed:`)],
      items: spec.accounts.map((c) => [ref(c)]),
    });
  }
  if (spec.resources > 0 && (spec.target !== null || id === '2027' || goldenTicket.has(id))) {
    out.push({
      sentence: [text('Accessed resources:')],
      items: Array.from({ length: spec.resources }, (_, k) => [
        text(`${new Date(spec.start + k * 60_000).toISOString().slice(11, 16)} UTC `),
        ...(spec.target !== null ? [ref(spec.target)] : []),
        text(` ${['cifs', 'http', 'ldap', 'host', 'mssql'][k % 5]} service`),
      ]),
    });
  }
  out.push({ sentence: [text(`Protocol: ${spec.detection.app}`)], items: [] });
  return out;
}

/** The detection-specific table (catalog §4.3 item 4): one row per attempt. */
export function detailsOf(spec: AlertSpec, world: DirectoryWorld, now: number) {
  const ref = (code: number): SentencePart[] => [{ entity: refOf(world, now, code) }];
  const rows = Math.max(1, Math.min(5, Math.round((spec.end - spec.start) / 600_000) + 1));
  const account = spec.user ?? spec.accounts[0] ?? null;
  const against = spec.dcs.length ? spec.dcs : spec.target !== null ? [spec.target] : [];
  return {
    columns: [
      'Time',
      `Accounts (${account === null ? 0 : 1})`,
      'Result',
      `Against (${against.length})`,
    ],
    rows: Array.from({ length: rows }, (_, k) => {
      const at = spec.start + Math.floor(((spec.end - spec.start) * k) / rows);
      return [
        [text(iso(at))],
        account === null ? [text(spec.name ?? 'Unknown')] : ref(account),
        [text(k === rows - 1 ? spec.outcome : 'Failure')],
        against.flatMap((c, n) => (n ? [text(', '), ...ref(c)] : ref(c))),
      ];
    }),
  };
}
