import { describe, expect, it } from 'vitest';
import { pathsThrough, targetTree, type NodeKind, type PathGraph } from './paths';

/**
 * A hand-checked graph. T (sensitive) logged on to C1 and C2. C1's local administrators: group G1
 * and S (sensitive, never a step). G1's members: U1, U2, SG (a sensitive group) and a computer
 * account. C2 has no administrators (nobody can take it over: pruned). U1 logged on to C3, whose
 * administrator is U4; U4 logged on to C4, whose administrator is U5; U5 logged on to C5 (three
 * computers away already: not followed). U2 logged on to C1 again (already reached).
 */
const names = [
  'T',
  'C1',
  'C2',
  'G1',
  'S',
  'U1',
  'U2',
  'SG',
  'CA',
  'C3',
  'U4',
  'C4',
  'U5',
  'C5',
  'U6',
];
const code = (name: string) => names.indexOf(name);
const name = (c: number) => names[c]!;
const kinds: Record<string, NodeKind> = { G1: 'Group', SG: 'Group' };
const graph: PathGraph = {
  kindOf: (c) => kinds[name(c)] ?? (name(c).startsWith('C') ? 'Computer' : 'User'),
  isSensitive: (c) => ['T', 'S', 'SG'].includes(name(c)),
  logonsOf: (c) =>
    ({ T: ['C1', 'C2'], U1: ['C3'], U2: ['C1'], U4: ['C4'], U5: ['C5'] })[name(c)]?.map(code) ?? [],
  adminsOf: (c) =>
    ({ C1: ['G1', 'S'], C3: ['U4'], C4: ['U5'], C5: ['U6'] })[name(c)]?.map(code) ?? [],
  membersOf: (c) => ({ G1: ['U1', 'U2', 'SG', 'CA'] })[name(c)]?.map(code) ?? [],
};
const spelled = (paths: number[][]) => paths.map((p) => p.map(name).join(' > '));

describe('lateral movement paths', () => {
  const tree = targetTree(graph, code('T'));

  it('finds every path to the target, source first, through members, administrators and logons', () => {
    expect(spelled(pathsThrough(tree))).toEqual([
      'U2 > G1 > C1 > T',
      'U5 > C4 > U4 > C3 > U1 > G1 > C1 > T',
    ]);
  });

  it('never steps through sensitive accounts or computer accounts, and drops dead computers', () => {
    for (const left of ['S', 'SG', 'CA', 'C2']) expect(tree.next.has(code(left))).toBe(false);
  });

  it('stops three computers away from the target', () => {
    expect(tree.next.has(code('C5'))).toBe(false);
    expect(tree.next.has(code('U6'))).toBe(false);
  });

  it('gives the paths through a node on them, and none through a node that is not', () => {
    expect(spelled(pathsThrough(tree, code('U4')))).toEqual([
      'U5 > C4 > U4 > C3 > U1 > G1 > C1 > T',
    ]);
    expect(spelled(pathsThrough(tree, code('G1')))).toHaveLength(2);
    expect(pathsThrough(tree, code('C2'))).toEqual([]);
  });

  it('keeps to the node budget', () => {
    const small = targetTree(graph, code('T'), { maxHops: 3, maxNodes: 4 });
    expect(small.next.size).toBeLessThanOrEqual(3);
    const shallow = targetTree(graph, code('T'), { maxHops: 1, maxNodes: 100 });
    expect(spelled(pathsThrough(shallow))).toEqual(['U1 > G1 > C1 > T', 'U2 > G1 > C1 > T']);
  });
});
