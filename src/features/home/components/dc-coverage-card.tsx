import { Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled, WarningFilled } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { EntityLink } from '@/components/domain/entity-link';
import { RouterLink } from '@/components/ui/router-link';
import { homeQueries } from '../api/home-queries';
import { HomeCard } from './home-card';

const useStyles = makeStyles({
  numbers: { display: 'flex', gap: tokens.spacingHorizontalXXXL, margin: 0 },
  number: { display: 'flex', flexDirection: 'column-reverse', margin: 0 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  label: { color: tokens.colorNeutralForeground2 },
  message: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  ok: { color: tokens.colorPaletteGreenForeground1, fontSize: '20px', flexShrink: 0 },
  gap: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: '20px', flexShrink: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

const SHOWN_GAPS = 5;

/** Domain controller coverage: monitored vs unmonitored DCs, and which ones lack a sensor. */
export function DcCoverageCard({ sensorsLink }: { sensorsLink: string | undefined }) {
  const styles = useStyles();
  const query = useQuery(homeQueries.domainControllers());
  const data = query.data;
  const gaps = data?.items.filter((dc) => !dc.monitored) ?? [];
  return (
    <HomeCard title="Domain controller coverage" query={query}>
      {data ? (
        <>
          <dl className={styles.numbers}>
            <div className={styles.number}>
              <dt className={styles.label}>Monitored</dt>
              <dd className={styles.value}>{data.monitored}</dd>
            </div>
            <div className={styles.number}>
              <dt className={styles.label}>Unmonitored</dt>
              <dd className={styles.value}>{data.unmonitored}</dd>
            </div>
            <div className={styles.number}>
              <dt className={styles.label}>Detected</dt>
              <dd className={styles.value}>{data.total}</dd>
            </div>
          </dl>
          <Field
            label={`${data.monitored} of ${data.total} domain controllers have a sensor`}
            validationState="none"
          >
            <ProgressBar
              value={data.total === 0 ? 0 : data.monitored / data.total}
              color={data.unmonitored === 0 ? 'success' : 'warning'}
              thickness="large"
            />
          </Field>
          {data.total > 0 && data.unmonitored === 0 ? (
            <Text className={styles.message}>
              <CheckmarkCircleFilled className={styles.ok} aria-hidden />
              All detected domain controllers have sensors installed.
            </Text>
          ) : data.unmonitored > 0 ? (
            <div>
              <Text className={styles.message}>
                <WarningFilled className={styles.gap} aria-hidden />
                Attacks on unmonitored domain controllers go unnoticed. Install a sensor on:
              </Text>
              <ul className={styles.list}>
                {gaps.slice(0, SHOWN_GAPS).map((dc) => (
                  <li key={dc.fqdn}>
                    {dc.entityId ? (
                      <EntityLink entity={{ id: dc.entityId, kind: 'Computer', name: dc.fqdn }} />
                    ) : (
                      <Text>{dc.fqdn}</Text>
                    )}
                  </li>
                ))}
                {gaps.length > SHOWN_GAPS ? (
                  <li>
                    <Text>and {gaps.length - SHOWN_GAPS} more</Text>
                  </li>
                ) : null}
              </ul>
              {sensorsLink ? <RouterLink to={sensorsLink}>Go to Sensors</RouterLink> : null}
            </div>
          ) : (
            <Text>No domain controllers detected yet.</Text>
          )}
        </>
      ) : null}
    </HomeCard>
  );
}
