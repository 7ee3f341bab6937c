import { useEffect, useState } from 'react';
import { layoutPaths } from './layout';
import type { LayoutAnswer, LayoutRequest } from './layout-worker';
import type { PathsGraphEdge, PathsGraphNode } from './types';

type Positions = Map<string, { x: number; y: number }>;

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (positions: Positions) => void>();

/** The layout worker, started on first use; null where there are no workers (jsdom). */
function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<LayoutAnswer>) => {
    waiting.get(event.data.id)?.(event.data.positions);
    waiting.delete(event.data.id);
  };
  return worker;
}

/** Lays the graph out in a worker (on the page's thread where there is none). */
export function layOut(
  nodes: readonly PathsGraphNode[],
  edges: readonly PathsGraphEdge[],
): Promise<Positions> {
  const start = performance.now();
  const done = (positions: Positions) => {
    // A User Timing measure, which the bench reads.
    performance.measure('paths-layout', { start, end: performance.now() });
    return positions;
  };
  const target = layoutWorker();
  if (!target) return Promise.resolve().then(() => done(layoutPaths(nodes, edges)));
  return new Promise((resolve) => {
    const id = ++nextId;
    waiting.set(id, (positions) => resolve(done(positions)));
    const request: LayoutRequest = { id, nodes, edges };
    target.postMessage(request);
  });
}

/** The positions of the graph's nodes, or null while they are being computed. */
export function usePathsLayout(
  nodes: readonly PathsGraphNode[],
  edges: readonly PathsGraphEdge[],
): Positions | null {
  const [laid, setLaid] = useState<{ for: unknown; positions: Positions } | null>(null);
  useEffect(() => {
    let live = true;
    void layOut(nodes, edges).then((positions) => {
      if (live) setLaid({ for: nodes, positions });
    });
    return () => {
      live = false;
    };
  }, [nodes, edges]);
  return laid && laid.for === nodes ? laid.positions : null;
}
