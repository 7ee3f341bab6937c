/**
 * Lateral movement paths (catalog §8.7) as a pure computation over a small interface, so it can be
 * checked on a hand-made graph. An attacker holding a non-sensitive account moves toward a
 * sensitive one: a member of a group that is a local administrator of a computer can take the
 * credentials of anyone who logged on to that computer, and so on.
 *
 * For one sensitive target the search runs backwards from it, breadth-first: the computers it
 * logged on to ("Logged into by"), their local administrators ("Administrator on"), the members of
 * administrator groups ("Member of"), then the computers those users logged on to, up to
 * `maxHops` computers away and `maxNodes` nodes. Sensitive accounts are never steps (they are
 * targets in their own right). Each node keeps the one step that leads it nearest the target, so
 * the result is a tree; computers nobody could take over are pruned; the paths are the chains from
 * each remaining leaf (a source) to the target.
 */
export type EdgeKind = 'Member of' | 'Administrator on' | 'Logged into by';
export type NodeKind = 'User' | 'Computer' | 'Group';

export interface PathGraph {
  kindOf(code: number): NodeKind;
  isSensitive(code: number): boolean;
  /** Computers (codes) the user logged on to that day. */
  logonsOf(user: number): readonly number[];
  /** Users and groups (codes) in the computer's local Administrators group. */
  adminsOf(computer: number): readonly number[];
  /** Direct members (codes) of the group. */
  membersOf(group: number): readonly number[];
}

export interface Step {
  to: number;
  kind: EdgeKind;
}

export interface TargetTree {
  target: number;
  /** Every node but the target → its step toward the target. */
  next: Map<number, Step>;
  /** Node → the nodes whose step leads to it. */
  children: Map<number, number[]>;
}

export interface Limits {
  maxHops: number;
  maxNodes: number;
}

export const defaultLimits: Limits = { maxHops: 3, maxNodes: 240 };

export function targetTree(graph: PathGraph, target: number, limits = defaultLimits): TargetTree {
  const next = new Map<number, Step>();
  const seen = new Set<number>([target]);
  let queue: { code: number; hops: number }[] = [{ code: target, hops: 0 }];
  const reach = (code: number, step: Step, hops: number, out: typeof queue) => {
    if (seen.has(code) || seen.size >= limits.maxNodes) return;
    seen.add(code);
    next.set(code, step);
    out.push({ code, hops });
  };
  while (queue.length) {
    const frontier: typeof queue = [];
    for (const { code, hops } of queue) {
      const kind = graph.kindOf(code);
      if (kind === 'User') {
        if (hops >= limits.maxHops) continue;
        for (const computer of graph.logonsOf(code))
          reach(computer, { to: code, kind: 'Logged into by' }, hops + 1, frontier);
      } else if (kind === 'Computer') {
        for (const admin of graph.adminsOf(code))
          if (graph.kindOf(admin) !== 'Computer' && !graph.isSensitive(admin))
            reach(admin, { to: code, kind: 'Administrator on' }, hops, frontier);
      } else {
        for (const member of graph.membersOf(code))
          if (graph.kindOf(member) !== 'Computer' && !graph.isSensitive(member))
            reach(member, { to: code, kind: 'Member of' }, hops, frontier);
      }
    }
    queue = frontier;
  }
  return prune(target, next, graph);
}

/** Drops computers nobody can take over (leaves), repeatedly, and indexes the children. */
function prune(target: number, next: Map<number, Step>, graph: PathGraph): TargetTree {
  const childCount = new Map<number, number>();
  for (const step of next.values()) childCount.set(step.to, (childCount.get(step.to) ?? 0) + 1);
  const dead = [...next.keys()].filter(
    (code) => !childCount.get(code) && graph.kindOf(code) === 'Computer',
  );
  while (dead.length) {
    const code = dead.pop()!;
    const step = next.get(code);
    if (!step) continue;
    next.delete(code);
    const left = (childCount.get(step.to) ?? 1) - 1;
    childCount.set(step.to, left);
    // A user or group left without children is still a source: only computers are dropped.
    if (!left && step.to !== target && graph.kindOf(step.to) === 'Computer') dead.push(step.to);
  }
  const children = new Map<number, number[]>();
  for (const [code, step] of next) {
    const list = children.get(step.to);
    if (list) list.push(code);
    else children.set(step.to, [code]);
  }
  return { target, next, children };
}

/** The chain from `from` to the tree's target (both included). */
export function chainToTarget(tree: TargetTree, from: number): number[] {
  const chain = [from];
  for (let step = tree.next.get(from); step; step = tree.next.get(step.to)) chain.push(step.to);
  return chain;
}

/** The leaves under `node` (itself when it has no children): the sources of paths through it. */
export function sourcesUnder(tree: TargetTree, node: number): number[] {
  const out: number[] = [];
  const stack = [node];
  while (stack.length) {
    const code = stack.pop()!;
    const kids = tree.children.get(code);
    if (kids?.length) stack.push(...kids);
    else if (code !== tree.target) out.push(code);
  }
  return out;
}

/**
 * The paths of the tree (source first, target last) that pass through `through` (the target:
 * every path), in a stable order.
 */
export function pathsThrough(tree: TargetTree, through = tree.target): number[][] {
  if (through !== tree.target && !tree.next.has(through)) return [];
  return sourcesUnder(tree, through)
    .sort((a, b) => a - b)
    .map((source) => chainToTarget(tree, source));
}
