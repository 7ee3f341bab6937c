import { CounterBadge, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { NavLink } from 'react-router';

export interface NavItem {
  label: string;
  to: string;
  icon: ReactElement;
  /** A count shown beside the label (e.g. open health issues). */
  count?: number | undefined;
  countLabel?: string | undefined;
}

export interface NavSection {
  title: string;
  items: NavItem[];
}

const useStyles = makeStyles({
  nav: {
    width: '240px',
    flexShrink: 0,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowY: 'auto',
    '@media (max-width: 1400px)': { width: '200px' },
  },
  heading: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground2,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  link: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    fontSize: tokens.fontSizeBase300,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
  label: { flexGrow: 1 },
  icon: { fontSize: '20px', display: 'flex' },
});

/** Left navigation: only sections and pages that exist. */
export function SideNav({ sections }: { sections: NavSection[] }) {
  const styles = useStyles();
  return (
    <nav className={styles.nav} aria-label="Main">
      {sections.map((section) => (
        <div key={section.title}>
          <Text size={200} weight="semibold" className={styles.heading} as="h2">
            {section.title}
          </Text>
          <ul className={styles.list}>
            {section.items.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  className={({ isActive }) => mergeClasses(styles.link, isActive && styles.active)}
                >
                  <span className={styles.icon} aria-hidden>
                    {item.icon}
                  </span>
                  <span className={styles.label}>{item.label}</span>
                  {item.count ? (
                    <CounterBadge
                      count={item.count}
                      size="small"
                      color="danger"
                      aria-label={item.countLabel}
                    />
                  ) : null}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
