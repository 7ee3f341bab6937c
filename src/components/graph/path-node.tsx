import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { EntityIcon, entityKindLabel } from '@/components/domain/entity-icon';
import { NODE_HEIGHT, NODE_WIDTH, type PathsGraphNode } from './types';

export type PathNodeData = {
  node: PathsGraphNode;
  name: React.ReactNode;
  selected: boolean;
  onSelect(id: string | null): void;
};
export type PathFlowNode = Node<PathNodeData, 'path'>;

const useStyles = makeStyles({
  root: {
    width: `${NODE_WIDTH}px`,
    height: `${NODE_HEIGHT}px`,
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    transitionProperty: 'opacity',
    transitionDuration: tokens.durationFaster,
  },
  target: {
    border: `3px solid ${tokens.colorPaletteGreenBorder2}`,
  },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '2px',
  },
  select: {
    flexShrink: 0,
    display: 'inline-flex',
    padding: 0,
    border: 'none',
    background: 'none',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusCircular,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  text: {
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    lineHeight: tokens.lineHeightBase200,
  },
  name: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontSize: tokens.fontSizeBase300,
  },
  kind: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
  handle: { opacity: 0, pointerEvents: 'none' },
});

/**
 * A node: the entity's icon (a toggle that highlights the node's neighbours), its name (a link to
 * its profile) and what it is. Targets have the catalog's green outline.
 */
export const PathNode = memo(function PathNode({ data }: NodeProps<PathFlowNode>) {
  const styles = useStyles();
  const { node, selected } = data;
  const kind = entityKindLabel(node.entity);
  return (
    <div
      className={mergeClasses(
        styles.root,
        node.role === 'Target' && styles.target,
        selected && styles.selected,
      )}
      data-role={node.role}
    >
      <Handle
        type="target"
        position={Position.Left}
        className={styles.handle}
        isConnectable={false}
      />
      <button
        type="button"
        className={mergeClasses(styles.select, 'nodrag', 'nopan')}
        aria-pressed={selected}
        aria-label={`Highlight the neighbours of ${node.entity.name}`}
        title="Highlight its neighbours"
        onClick={(event) => {
          // The node's own click handler would toggle it back.
          event.stopPropagation();
          data.onSelect(selected ? null : node.id);
        }}
      >
        <EntityIcon entity={node.entity} />
      </button>
      <span className={styles.text}>
        <span className={styles.name}>{data.name}</span>
        <span className={styles.kind}>{node.role === 'Target' ? `${kind} · target` : kind}</span>
      </span>
      <Handle
        type="source"
        position={Position.Right}
        className={styles.handle}
        isConnectable={false}
      />
    </div>
  );
});
