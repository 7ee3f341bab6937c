import { makeStyles, tokens } from '@fluentui/react-components';
import { PageHeader } from '@/components/ui/page-header';
import { ConfigurationTransfer } from './configuration-transfer';
import { MoveChecklist } from './move-checklist';
import { MoveGuide } from './move-guide';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '1400px',
  },
});

/** Configuration → Admin → Move from ATA (domain catalog §11). */
export function MoveFromAtaPage({
  canExport,
  canImport,
}: {
  canExport: boolean;
  canImport: boolean;
}) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <PageHeader
        title="Move from ATA"
        description="Moving from Advanced Threat Analytics: what to collect first, the move, and a checklist that ticks itself as this instance is configured."
      />
      <MoveGuide />
      <MoveChecklist />
      <ConfigurationTransfer canExport={canExport} canImport={canImport} />
    </div>
  );
}
