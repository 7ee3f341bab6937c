import '@xyflow/react/dist/style.css';
import { makeStyles, tokens, Toolbar, ToolbarButton, Tooltip } from '@fluentui/react-components';
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
import { useMemo } from 'react';
import { edgeLook, GraphLegend } from './graph-legend';
import { layoutPaths, NODE_HEIGHT, NODE_WIDTH } from './layout';
import { PathNode, type PathFlowNode } from './path-node';
import { neighbourhood, type PathsGraphProps } from './types';

const nodeTypes: NodeTypes = { path: PathNode };

const useStyles = makeStyles({
  root: {
    position: 'relative',
    height: '100%',
    minHeight: '420px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    overflow: 'hidden',
  },
  toolbar: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

const FIT = { padding: 0.1, duration: 0 };

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
    <Toolbar aria-label="Graph view" className={styles.toolbar} size="small">
      {buttons.map((b) => (
        <Tooltip key={b.label} content={b.label} relationship="label" withArrow>
          <ToolbarButton appearance="subtle" icon={b.icon} onClick={b.run} />
        </Tooltip>
      ))}
    </Toolbar>
  );
}

function Graph(props: PathsGraphProps) {
  const { nodes, edges, selectedId, onSelect, renderName } = props;
  const positions = useMemo(() => layoutPaths(nodes, edges), [nodes, edges]);
  const near = useMemo(() => neighbourhood(edges, selectedId), [edges, selectedId]);
  const names = useMemo(() => new Map(nodes.map((n) => [n.id, n.entity.name])), [nodes]);

  const flowNodes = useMemo(
    (): PathFlowNode[] =>
      nodes.map((node) => ({
        id: node.id,
        type: 'path',
        position: positions.get(node.id) ?? { x: 0, y: 0 },
        // Known sizes: drawn at once, without waiting for a measurement.
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        data: {
          node,
          name: renderName(node),
          selected: node.id === selectedId,
          dimmed: near.size > 0 && !near.has(node.id),
          onSelect,
        },
        draggable: false,
        selectable: false,
        focusable: false,
      })),
    [nodes, positions, renderName, selectedId, near, onSelect],
  );
  const flowEdges = useMemo(
    (): Edge[] =>
      edges.map((edge) => {
        const look = edgeLook[edge.kind];
        const lit = !selectedId || edge.source === selectedId || edge.target === selectedId;
        return {
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
            opacity: lit ? 1 : 0.2,
          },
          markerEnd: look.arrow
            ? { type: MarkerType.ArrowClosed, color: look.stroke, width: 16, height: 16 }
            : undefined,
        };
      }),
    [edges, names, selectedId],
  );

  const focus = [...near];
  return (
    <ReactFlow
      nodes={flowNodes}
      edges={flowEdges}
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
    <section className={styles.root} aria-label={props.label}>
      <ReactFlowProvider>
        <Graph {...props} />
      </ReactFlowProvider>
    </section>
  );
}
