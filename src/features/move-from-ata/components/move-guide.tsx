import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { paths } from '@/config/paths';
import { RouterLink } from '@/components/ui/router-link';
import { useCardStyles } from './styles';

const useLayoutStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(460px, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
});

/** What to note down in ATA before moving (domain catalog §11), in the guide's order. */
const toCollect = [
  'Directory services account details',
  'Syslog notification settings',
  'Email notification details',
  'ATA role group membership',
  'VPN integration',
  'Alert exclusions — they don’t migrate and must be entered again',
  'Honeytoken accounts (create new ones if you have none)',
  'The full list of entities to tag as sensitive',
  'Report scheduling: which reports, and when',
];

/** Plan (what to collect first) and the two move steps. */
export function MoveGuide() {
  const styles = useCardStyles();
  const layout = useLayoutStyles();
  const collectId = useId();
  const moveId = useId();
  return (
    <div className={layout.grid}>
      <section className={styles.card} aria-labelledby={collectId}>
        <Text as="h2" id={collectId} size={500} weight="semibold" className={styles.heading}>
          Before you move: collect from ATA
        </Text>
        <Text className={styles.muted}>
          No data, alerts or exclusions move over. Keep the ATA Center online (or back up its
          database) until its alerts are closed. Write down, or enter in a configuration file:
        </Text>
        <ol className={styles.list} aria-label="What to collect from ATA">
          {toCollect.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      </section>
      <section className={styles.card} aria-labelledby={moveId}>
        <Text as="h2" id={moveId} size={500} weight="semibold" className={styles.heading}>
          Move
        </Text>
        <ol className={styles.list} aria-label="Move steps">
          <li>
            <strong>Install.</strong> Uninstall the ATA Lightweight Gateways from every domain
            controller, then download the sensor setup with its access key and install a sensor on
            each domain controller (<RouterLink to={paths.sensors}>Sensors</RouterLink>). Don’t
            uninstall the ATA Center before every gateway is removed.
          </li>
          <li>
            <strong>Configure and validate.</strong> Allow up to 2 hours for the first directory
            sync, then work through the checklist below — by hand, or by importing a configuration
            file — and finish by reviewing health issues and the sensors’ error logs.
          </li>
          <li>
            <strong>Decommission ATA</strong> once its alerts are closed.
          </li>
        </ol>
      </section>
    </div>
  );
}
