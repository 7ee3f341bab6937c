import '@xyflow/react/dist/style.css';
import { makeStyles, mergeClasses, tokens, Button, Tooltip } from '@fluentui/react-components';
import {
  ArrowMinimizeRegular,
  FullScreenMaximizeRegular,
  ZoomInRegular,
  ZoomOutRegular,
} from '@fluentui/react-icons';
import {
  MarkerType,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Edge,
  type NodeTypes,
} from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import { edgeLook, GraphLegend } from './graph-legend';
import { PathNode, type PathFlowNode } from './path-node';
import { neighbourhood, NODE_HEIGHT, NODE_WIDTH, type PathsGraphProps } from './types';
import { usePathsLayout } from './use-layout';

const nodeTypes: NodeTypes = { path: PathNode };

const useStyles = makeStyles({
  root: {
    // React Flow reads node sizes (offsetWidth) as it draws: contained, each read lays out the
    // graph alone, not the page with its long table.
    contain: 'strict',
    position: 'relative',
    height: '100%',
    minHeight: '420px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    overflow: 'hidden',
  },
  dimOthers: {
    '& .react-flow__node:not(.vigil-lit)': { opacity: 0.3 },
    '& .react-flow__edge:not(.vigil-lit)': { opacity: 0.2 },
  },
  laying: {
    height: '100%',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    color: tokens.colorNeutralForeground2,
  },
  toolbar: {
    display: 'flex',
    padding: tokens.spacingHorizontalXXS,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

const FIT = { padding: 0.1, duration: 0, maxZoom: 1 };
const LIT = 'vigil-lit';
/**
 * Nodes drawn per frame on the first render: a large graph appears without one long task (each
 * frame also measures the new nodes and mounts their edges; 30 a frame made 71 ms tasks).
 */
const REVEAL = 12;

const flowEdgeCache = new WeakMap<object, { lit: boolean; flow: Edge }>();
const flowNodeCache = new WeakMap<object, { key: string; flow: PathFlowNode }>();

function GraphToolbar({ focus }: { focus: readonly string[] }) {
  const styles = useStyles();
  const flow = useReactFlow();
  const buttons = [
    { label: 'Zoom in', icon: <ZoomInRegular />, run: () => void flow.zoomIn() },
    { label: 'Zoom out', icon: <ZoomOutRegular />, run: () => void flow.zoomOut() },
    {
      label: 'Fit to screen',
      icon: <FullScreenMaximizeRegular />,
      run: () => void flow.fitView(FIT),
    },
    {
      label: 'Fit to view',
      icon: <ArrowMinimizeRegular />,
      // The selected node and its neighbours; everything when nothing is selected.
      run: () =>
        void flow.fitView(focus.length ? { ...FIT, nodes: focus.map((id) => ({ id })) } : FIT),
    },
  ];
  return (
    // A group of buttons, not Fluent's Toolbar: its arrow-key mover adds focusable sentinels that
    // axe flags (aria-hidden-focus).
    <div role="group" aria-label="Graph view" className={styles.toolbar}>
      {buttons.map((b) => (
        <Tooltip key={b.label} content={b.label} relationship="label" withArrow>
          <Button appearance="subtle" size="small" icon={b.icon} onClick={b.run} />
        </Tooltip>
      ))}
    </div>
  );
}

/**
 * Fits the graph to the screen once every node is drawn; to the selected node and its neighbours
 * when the address names one.
 */
function FitWhenComplete({ complete, focus }: { complete: boolean; focus: readonly string[] }) {
  const flow = useReactFlow();
  const [initialFocus] = useState(focus);
  useEffect(() => {
    if (!complete) return;
    void flow.fitView(
      initialFocus.length ? { ...FIT, nodes: initialFocus.map((id) => ({ id })) } : FIT,
    );
  }, [complete, flow, initialFocus]);
  return null;
}

function Graph(props: PathsGraphProps) {
  const styles = useStyles();
  const { nodes, edges, selectedId, onSelect, renderName, onDrawn } = props;
  const positions = usePathsLayout(nodes, edges);

  const near = useMemo(() => neighbourhood(edges, selectedId), [edges, selectedId]);
  const names = useMemo(() => new Map(nodes.map((n) => [n.id, n.entity.name])), [nodes]);

  const flowNodes = useMemo(
    (): PathFlowNode[] =>
      nodes.map((node) => {
        const position = positions?.get(node.id) ?? { x: 0, y: 0 };
        const selected = node.id === selectedId;
        // Lit: the selected node and its neighbours. The others are dimmed by one class on the
        // graph, so a selection changes only the nodes whose state changes.
        const lit = near.has(node.id);
        // Unchanged nodes keep their object, so React Flow and React skip them on a selection.
        const key = `${position.x},${position.y}|${selected}|${lit}`;
        const cached = flowNodeCache.get(node);
        if (cached && cached.key === key) return cached.flow;
        const flow: PathFlowNode = {
          id: node.id,
          type: 'path',
          position,
          className: lit ? LIT : undefined,
          // Known sizes: drawn at once, without waiting for a measurement.
          width: NODE_WIDTH,
          height: NODE_HEIGHT,
          data: {
            node,
            name: cached?.flow.data.name ?? renderName(node),
            selected,
          },
          draggable: false,
          selectable: false,
          focusable: false,
        };
        flowNodeCache.set(node, { key, flow });
        return flow;
      }),
    [nodes, positions, renderName, selectedId, near],
  );
  const flowEdges = useMemo(
    (): Edge[] =>
      edges.map((edge) => {
        const look = edgeLook[edge.kind];
        const lit = !!selectedId && (edge.source === selectedId || edge.target === selectedId);
        const cached = flowEdgeCache.get(edge);
        if (cached && cached.lit === lit) return cached.flow;
        const flow: Edge = {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          ariaLabel: `${names.get(edge.source) ?? ''} ${edge.kind} ${names.get(edge.target) ?? ''}`,
          focusable: false,
          selectable: false,
          style: {
            stroke: look.stroke,
            strokeWidth: look.width,
            strokeDasharray: look.dash,
          },
          className: lit ? LIT : undefined,
          markerEnd: look.arrow
            ? { type: MarkerType.ArrowClosed, color: look.stroke, width: 16, height: 16 }
            : undefined,
        };
        flowEdgeCache.set(edge, { lit, flow });
        return flow;
      }),
    [edges, names, selectedId],
  );

  // The first render reveals REVEAL nodes a frame, then fits the whole graph to the screen.
  const [revealed, setRevealed] = useState<{ for: unknown; count: number }>({
    for: null,
    count: REVEAL,
  });
  const count = revealed.for === positions ? revealed.count : REVEAL;
  const complete = count >= nodes.length;
  useEffect(() => {
    if (!positions || complete) return;
    const frame = requestAnimationFrame(() =>
      setRevealed({ for: positions, count: count + REVEAL }),
    );
    return () => cancelAnimationFrame(frame);
  }, [positions, count, complete]);
  useEffect(() => {
    if (positions && complete) onDrawn?.();
  }, [positions, complete, onDrawn]);
  const shownNodes = useMemo(
    () => (complete ? flowNodes : flowNodes.slice(0, count)),
    [flowNodes, complete, count],
  );
  const shownEdges = useMemo(() => {
    if (complete) return flowEdges;
    const shown = new Set(shownNodes.map((n) => n.id));
    return flowEdges.filter((e) => shown.has(e.source) && shown.has(e.target));
  }, [flowEdges, shownNodes, complete]);

  const focus = [...near];
  if (!positions)
    return (
      <div role="status" className={styles.laying}>
        Laying out {nodes.length} entities…
      </div>
    );
  return (
    <ReactFlow
      nodes={shownNodes}
      edges={shownEdges}
      nodeTypes={nodeTypes}
      fitView
      fitViewOptions={FIT}
      minZoom={0.1}
      maxZoom={2}
      nodesDraggable={false}
      nodesConnectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      onPaneClick={() => onSelect(null)}
      onNodeClick={(_, node) => onSelect(node.id === selectedId ? null : node.id)}
      proOptions={{ hideAttribution: true }}
      disableKeyboardA11y
    >
      <FitWhenComplete complete={complete} focus={focus} />
      <Panel position="top-left">
        <GraphToolbar focus={focus} />
      </Panel>
      <Panel position="bottom-right">
        <GraphLegend />
      </Panel>
    </ReactFlow>
  );
}

/**
 * A lateral movement paths graph (catalog §8.7): laid out automatically by dagre, drawn with
 * React Flow, with zoom / fit controls and a legend. The only module that imports the graph
 * library; load it with `lazy()` so pages pay for it only when a graph is shown.
 */
export default function PathsGraph(props: PathsGraphProps) {
  const styles = useStyles();
  return (
    <section
      className={mergeClasses(styles.root, props.selectedId ? styles.dimOthers : undefined)}
      aria-label={props.label}
    >
      <ReactFlowProvider>
        <Graph {...props} />
      </ReactFlowProvider>
    </section>
  );
}
