import { makeStyles, tokens } from '@fluentui/react-components';
import { ArrowRightRegular } from '@fluentui/react-icons';
import { Fragment } from 'react';
import type { AlertChainStep } from '@/api/contracts/alerts';
import { EntityLink } from '@/components/domain/entity-link';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'stretch',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  step: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: '180px',
    maxWidth: '280px',
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  role: {
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
  },
  entities: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  total: { fontWeight: tokens.fontWeightSemibold },
  more: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  verb: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    maxWidth: '160px',
    textAlign: 'center',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  arrow: { fontSize: '24px', color: tokens.colorBrandForeground1 },
});

/** "N domain controllers", "1 computer": a role's size in words. */
export function roleTotal(step: Pick<AlertChainStep, 'role' | 'total'>): string {
  const role = step.role.toLowerCase();
  if (step.total === 1) return `1 ${role.endsWith('s') ? role.slice(0, -1) : role}`;
  return `${step.total} ${role.endsWith('s') ? role : `${role}s`}`;
}

/**
 * The infographic of the alert page (catalog §4.3): entities —verb→ entities, left to right. A
 * list of steps, each verb read between them, so screen readers hear the same sentence.
 */
export function EntityChain({ chain }: { chain: readonly AlertChainStep[] }) {
  const styles = useStyles();
  return (
    <ol className={styles.root} aria-label="What happened">
      {chain.map((step, index) => (
        <Fragment key={`${step.role}-${index}`}>
          <li className={styles.step}>
            <span className={styles.role}>{step.role}</span>
            {step.entities.length === 1 && step.total === 1 ? (
              <EntityLink entity={step.entities[0]!} icon />
            ) : (
              <>
                <span className={styles.total}>{roleTotal(step)}</span>
                <ul className={styles.entities}>
                  {step.entities.map((entity) => (
                    <li key={entity.id}>
                      <EntityLink entity={entity} icon />
                    </li>
                  ))}
                </ul>
                {step.total > step.entities.length ? (
                  <span
                    className={styles.more}
                  >{`and ${step.total - step.entities.length} more`}</span>
                ) : null}
              </>
            )}
          </li>
          {step.verbToNext ? (
            <li className={styles.verb}>
              <ArrowRightRegular className={styles.arrow} aria-hidden />
              <span>{step.verbToNext}</span>
            </li>
          ) : null}
        </Fragment>
      ))}
    </ol>
  );
}
