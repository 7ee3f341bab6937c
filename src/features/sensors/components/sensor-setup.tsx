import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, LockClosedRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { SENSOR_PACKAGE_VERSION } from '@/api/contracts/sensor-setup';
import { describeError } from '@/components/errors/describe-error';
import { usePermissions } from '@/lib/auth/use-permissions';
import { downloadSensorSetup } from '../api/sensor-setup-api';
import { AccessKeyField } from './access-key-field';

const useStyles = makeStyles({
  card: {
    boxSizing: 'border-box',
    minHeight: '152px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  heading: { margin: 0 },
  columns: {
    display: 'flex',
    gap: tokens.spacingHorizontalXXXL,
    flexWrap: 'wrap',
    alignItems: 'flex-start',
  },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  note: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    color: tokens.colorNeutralForeground2,
    flexShrink: 0,
    marginBottom: tokens.spacingVerticalM,
  },
});

/** Sensor setup download and access key (Configuration → Sensors, Administrators only). */
export function SensorSetup() {
  const styles = useStyles();
  const { can } = usePermissions();
  const headingId = useId();
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (!can('config.sensors')) {
    return (
      <Text as="p" className={styles.note}>
        <LockClosedRegular aria-hidden />
        Only Administrators can download the sensor setup and see the access key.
      </Text>
    );
  }

  const download = async () => {
    setDownloading(true);
    setError(null);
    try {
      await downloadSensorSetup();
    } catch (e) {
      setError(e);
    } finally {
      setDownloading(false);
    }
  };
  const problem = error ? describeError(error) : null;

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        Sensor setup
      </Text>
      <div className={styles.columns}>
        <div className={styles.column}>
          <Text className={styles.hint}>
            Package {SENSOR_PACKAGE_VERSION}: the connection settings of this instance and the
            install guide.
          </Text>
          <div>
            <Button
              appearance="primary"
              icon={<ArrowDownloadRegular />}
              disabled={downloading}
              onClick={() => void download()}
            >
              {downloading ? 'Downloading…' : 'Download sensor setup'}
            </Button>
          </div>
          {problem ? (
            <MessageBar intent="error">
              <MessageBarBody>
                {problem.title}. {problem.detail}
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
        <div className={styles.column}>
          <AccessKeyField />
        </div>
      </div>
    </section>
  );
}
