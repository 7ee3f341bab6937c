import dagre from '@dagrejs/dagre';
import { NODE_HEIGHT, NODE_WIDTH, type PathsGraphEdge, type PathsGraphNode } from './types';

/**
 * Positions (top-left corners) for the nodes, laid out by dagre from left to right: sources on
 * the left, targets on the right, so every path reads in the direction an attacker moves.
 */
export function layoutPaths(
  nodes: readonly PathsGraphNode[],
  edges: readonly PathsGraphEdge[],
): Map<string, { x: number; y: number }> {
  const graph = new dagre.graphlib.Graph();
  // tight-tree ranks a tree ~3× faster than the default network simplex, with the same result
  // for the paths' in-trees.
  graph.setGraph({
    rankdir: 'LR',
    ranker: 'tight-tree',
    nodesep: 10,
    ranksep: 48,
    marginx: 16,
    marginy: 16,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) graph.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of nodes) {
    const laid = graph.node(node.id);
    positions.set(node.id, { x: laid.x - NODE_WIDTH / 2, y: laid.y - NODE_HEIGHT / 2 });
  }
  return positions;
}
