import { codeOf, GROUP } from './codes';
import type { MembershipGraph } from './membership';

/** One step of a membership walk: `code` reached at `depth` through the direct entry `via`. */
export interface Reached {
  code: number;
  depth: number;
  /** The depth-1 entry the walk came through (null at depth 1). */
  via: number | null;
  /** The entry one step nearer the start (null at depth 1): used to rebuild chains. */
  from: number | null;
}

/**
 * Breadth-first over the nesting graph: each node once, at its smallest depth, so a nesting cycle
 * ends the walk instead of looping. `next` gives a node's neighbours (codes).
 */
function walk(starts: number[], next: (code: number) => number[], limit: number): Reached[] {
  const seen = new Map<number, Reached>();
  let frontier: Reached[] = [];
  for (const code of starts) {
    if (seen.has(code)) continue;
    const r = { code, depth: 1, via: null, from: null };
    seen.set(code, r);
    frontier.push(r);
  }
  while (frontier.length && seen.size < limit) {
    const nextFrontier: Reached[] = [];
    for (const node of frontier) {
      for (const code of next(node.code)) {
        if (seen.has(code)) continue;
        const r = { code, depth: node.depth + 1, via: node.via ?? node.code, from: node.code };
        seen.set(code, r);
        nextFrontier.push(r);
      }
    }
    frontier = nextFrontier;
  }
  return [...seen.values()];
}

const groupCodes = (indices: number[]) => indices.map((g) => codeOf(GROUP, g));

/** Every group the entity belongs to, directly or through nesting. */
export function memberOfRecursive(graph: MembershipGraph, code: number, limit = 200_000) {
  return walk(groupCodes(graph.parentsOf(code)), (c) => groupCodes(graph.parentsOf(c)), limit);
}

/** Every member of the group, directly or through nested groups. */
export function membersRecursive(graph: MembershipGraph, group: number, limit = 200_000) {
  return walk(
    graph.membersOf(group),
    (c) => (c % 3 === GROUP ? graph.membersOf(Math.floor(c / 3)) : []),
    limit,
  );
}

/** The chain from the start to `target`, nearest first (`target` last). */
export function chainTo(reached: Map<number, Reached>, target: number): number[] {
  const chain: number[] = [];
  for (
    let node = reached.get(target);
    node;
    node = node.from === null ? undefined : reached.get(node.from)
  )
    chain.unshift(node.code);
  return chain;
}
