import type { EntityRef } from '@/api/contracts/entities';
import type {
  LateralMovementEdgeKind,
  LateralMovementRole,
} from '@/api/contracts/lateral-movement';

export const NODE_WIDTH = 180;
export const NODE_HEIGHT = 48;

/** A node of a paths graph: an entity, where it sits on the paths. */
export interface PathsGraphNode {
  id: string;
  entity: EntityRef;
  role: LateralMovementRole;
}

export interface PathsGraphEdge {
  id: string;
  source: string;
  target: string;
  kind: LateralMovementEdgeKind;
}

export interface PathsGraphProps {
  nodes: readonly PathsGraphNode[];
  edges: readonly PathsGraphEdge[];
  /** The selected node: it and its neighbours are highlighted, the rest dimmed. */
  selectedId: string | null;
  onSelect(id: string | null): void;
  /** The node's name, rendered as a link to its profile by the caller. */
  renderName(node: PathsGraphNode): React.ReactNode;
  /** Accessible name of the graph region. */
  label: string;
  /** Called once every node is drawn (the page can then start its own deferred work). */
  onDrawn?(): void;
}

/** Ids of a node and the nodes one edge away from it. */
export function neighbourhood(edges: readonly PathsGraphEdge[], id: string | null): Set<string> {
  const out = new Set<string>();
  if (!id) return out;
  out.add(id);
  for (const edge of edges) {
    if (edge.source === id) out.add(edge.target);
    if (edge.target === id) out.add(edge.source);
  }
  return out;
}
