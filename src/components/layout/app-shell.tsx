import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { ShieldKeyholeRegular } from '@fluentui/react-icons';
import { Suspense, type ReactNode } from 'react';
import { LoadingIndicator } from '@/components/ui/loading-indicator';
import { SideNav, type NavSection } from './side-nav';

const useStyles = makeStyles({
  root: { height: '100vh', display: 'flex', flexDirection: 'column', minWidth: '1280px' },
  header: {
    height: '48px',
    flexShrink: 0,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `0 ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  logo: { fontSize: '22px' },
  separator: { opacity: 0.7 },
  spacer: { flexGrow: 1 },
  search: { marginLeft: tokens.spacingHorizontalXXL },
  actions: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: '2px',
  },
  body: { display: 'flex', flexGrow: 1, minHeight: 0 },
  main: {
    flexGrow: 1,
    minWidth: 0,
    overflow: 'auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
  },
  skip: {
    position: 'absolute',
    left: '-9999px',
    ':focus': { left: tokens.spacingHorizontalM, top: tokens.spacingVerticalM, zIndex: 10 },
  },
});

export interface AppShellProps {
  instanceName: string;
  nav: NavSection[];
  /** Header controls on the right: demo menu, theme, account. */
  actions: ReactNode;
  /** The global search box, after the instance name. */
  search?: ReactNode;
  children: ReactNode;
}

/** Header, left navigation and the page area. Designed for 1700px+, usable from 1280px. */
export function AppShell({ instanceName, nav, actions, search, children }: AppShellProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      <header className={styles.header}>
        <div className={styles.brand}>
          <ShieldKeyholeRegular className={styles.logo} aria-hidden />
          <Text weight="semibold" size={400}>
            Vigil
          </Text>
          <Text className={styles.separator} aria-hidden>
            |
          </Text>
          <Text aria-label={`Instance ${instanceName}`}>{instanceName}</Text>
        </div>
        {search && <div className={styles.search}>{search}</div>}
        <div className={styles.spacer} />
        <div className={styles.actions}>{actions}</div>
      </header>
      <div className={styles.body}>
        <SideNav sections={nav} />
        <main id="main" className={styles.main} tabIndex={-1}>
          <Suspense fallback={<LoadingIndicator label="Loading page…" />}>{children}</Suspense>
        </main>
      </div>
    </div>
  );
}
