import {
  Badge,
  makeStyles,
  ProgressBar,
  Skeleton,
  SkeletonItem,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircle20Filled, Circle20Regular, Warning20Filled } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { ErrorState } from '@/components/errors/error-state';
import { RouterLink } from '@/components/ui/router-link';
import { moveFromAtaQueries } from '../api/move-from-ata-queries';
import { useCardStyles } from './styles';

const useStyles = makeStyles({
  items: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(420px, 1fr))',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  done: { color: tokens.colorPaletteGreenForeground1 },
  todo: { color: tokens.colorNeutralForeground3 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  progress: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    maxWidth: '480px',
  },
});

function Mark({ done, warn }: { done: boolean; warn?: boolean }) {
  const styles = useStyles();
  if (done) return <CheckmarkCircle20Filled className={styles.done} aria-hidden />;
  if (warn) return <Warning20Filled className={styles.warn} aria-hidden />;
  return <Circle20Regular className={styles.todo} aria-hidden />;
}

/**
 * The post-install checklist (domain catalog §11): each item ticked by the service from the
 * instance's state, linking to its page; the validation step last.
 */
export function MoveChecklist() {
  const card = useCardStyles();
  const styles = useStyles();
  const headingId = useId();
  const checklist = useQuery(moveFromAtaQueries.checklist());

  let body;
  if (checklist.isPending) {
    body = (
      <Skeleton aria-label="Loading the checklist">
        {Array.from({ length: 6 }, (_, i) => (
          <SkeletonItem key={i} size={32} style={{ marginBottom: 8 }} />
        ))}
      </Skeleton>
    );
  } else if (checklist.isError) {
    body = (
      <ErrorState
        error={checklist.error}
        title="The checklist couldn’t be loaded"
        onRetry={() => void checklist.refetch()}
      />
    );
  } else {
    const { items, validation } = checklist.data;
    const done = items.filter((i) => i.done).length;
    body = (
      <>
        <div className={styles.progress}>
          <Text id={`${headingId}-progress`}>
            {done} of {items.length} done
          </Text>
          <ProgressBar
            value={done / items.length}
            thickness="large"
            color={done === items.length ? 'success' : 'brand'}
            aria-labelledby={`${headingId}-progress`}
          />
        </div>
        <ol className={styles.items} aria-label="Post-install checklist">
          {items.map((item, index) => (
            <li key={item.id} className={styles.item}>
              <Mark done={item.done} />
              <span className={styles.text}>
                <RouterLink to={item.href}>
                  {index + 1}. {item.title}
                </RouterLink>
                <Text size={200} className={card.muted}>
                  {item.detail}
                </Text>
              </span>
              <Badge appearance="tint" color={item.done ? 'success' : 'informative'}>
                {item.done ? 'Done' : 'To do'}
              </Badge>
            </li>
          ))}
        </ol>
        <Text as="h3" size={400} weight="semibold" className={card.heading}>
          Validate
        </Text>
        <ol className={styles.items} aria-label="Validation">
          <li className={styles.item}>
            <Mark done={validation.done} warn={!validation.done} />
            <span className={styles.text}>
              <RouterLink to={validation.href}>Review health issues</RouterLink>
              <Text size={200} className={card.muted}>
                {validation.detail}
              </Text>
            </span>
            <Badge appearance="tint" color={validation.done ? 'success' : 'warning'}>
              {validation.done ? 'Done' : 'To do'}
            </Badge>
          </li>
        </ol>
      </>
    );
  }

  return (
    <section className={card.card} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={card.heading}>
        Post-install checklist
      </Text>
      <Text className={card.muted}>
        Each item ticks itself when the instance is set up that way. Open an item to do it.
      </Text>
      {body}
    </section>
  );
}
