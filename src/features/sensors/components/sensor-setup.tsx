import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { SENSOR_PACKAGE_VERSION } from '@/api/contracts/sensor-setup';
import { describeError } from '@/components/errors/describe-error';
import { downloadSensorSetup } from '../api/sensor-setup-api';
import { AccessKeyField } from './access-key-field';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
});

/**
 * What installing a sensor takes: the setup package (download) and the access key (reveal, copy,
 * regenerate). Shown in the Add sensor drawer, to Administrators only.
 */
export function SensorSetup() {
  const styles = useStyles();
  const headingId = useId();
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<unknown>(null);

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
    <div className={styles.root}>
      <Text as="p" className={styles.intro}>
        Install a sensor on each domain controller, AD FS server and standalone server to monitor:
        download the setup, then run it there with the access key. Each sensor registers itself with
        this instance and shows up in the list within a few minutes.
      </Text>
      <section className={styles.section} aria-labelledby={headingId}>
        <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
          Setup package
        </Text>
        <Text className={styles.hint}>
          Package {SENSOR_PACKAGE_VERSION}: the installer, the connection settings of this instance
          and the install guide.
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
      </section>
      <div className={styles.section}>
        <AccessKeyField />
      </div>
    </div>
  );
}
