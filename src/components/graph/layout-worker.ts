import { layoutPaths } from './layout';
import type { PathsGraphEdge, PathsGraphNode } from './types';

/** Lays out a paths graph off the page's thread (dagre on 200 nodes takes longer than a frame). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutAnswer): void;
};

export interface LayoutRequest {
  id: number;
  nodes: readonly PathsGraphNode[];
  edges: readonly PathsGraphEdge[];
}
export interface LayoutAnswer {
  id: number;
  positions: Map<string, { x: number; y: number }>;
}

scope.onmessage = (event) => {
  const { id, nodes, edges } = event.data;
  scope.postMessage({ id, positions: layoutPaths(nodes, edges) });
};
