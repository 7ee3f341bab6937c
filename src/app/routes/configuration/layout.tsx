import { makeStyles, tokens } from '@fluentui/react-components';
import { Outlet } from 'react-router';
import { SubNav } from '@/components/layout/sub-nav';
import { usePermissions } from '@/lib/auth/use-permissions';
import { configurationNavigation } from '../../navigation';

const useStyles = makeStyles({
  root: { display: 'flex', gap: tokens.spacingHorizontalXXL, flexGrow: 1, minHeight: 0 },
  content: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
});

/** Configuration: its sub-navigation beside the selected settings page. */
export function Component() {
  const styles = useStyles();
  const { can } = usePermissions();
  return (
    <div className={styles.root}>
      <SubNav label="Configuration" sections={configurationNavigation(can)} />
      <div className={styles.content}>
        <Outlet />
      </div>
    </div>
  );
}
