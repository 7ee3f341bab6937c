import { makeStyles } from '@fluentui/react-components';
import { mergeClasses } from '@fluentui/react-components';

const useStyles = makeStyles({
  // Names come from the directory: untrusted text. Isolated so a right-to-left override can't
  // reorder what surrounds it; cut with an ellipsis (the full name in the title) when too long.
  name: {
    unicodeBidi: 'isolate',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
  },
  // Headings: wrap, at most three lines (a 256-character name would otherwise fill the panel).
  wrap: {
    unicodeBidi: 'isolate',
    overflowWrap: 'anywhere',
    minWidth: 0,
    display: '-webkit-box',
    WebkitLineClamp: 3,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
});

/** An entity's name as inert text: isolated direction, full text in the title when cut. */
export function EntityName({
  name,
  wrap = false,
  className,
}: {
  name: string;
  /** Wrap long names instead of cutting them (headings). */
  wrap?: boolean;
  className?: string;
}) {
  const styles = useStyles();
  return (
    <bdi
      dir="auto"
      title={name}
      className={mergeClasses(wrap ? styles.wrap : styles.name, className)}
    >
      {name}
    </bdi>
  );
}
