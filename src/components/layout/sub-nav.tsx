import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { NavLink } from 'react-router';

const useStyles = makeStyles({
  nav: {
    width: '220px',
    flexShrink: 0,
    paddingRight: tokens.spacingHorizontalL,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    display: 'block',
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  link: {
    display: 'block',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  active: {
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground1Selected,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}`,
  },
});

export interface SubNavProps {
  label: string;
  sections: { title: string; items: { label: string; to: string }[] }[];
}

/** A section's own navigation (Configuration's System / Data sources / …). */
export function SubNav({ label, sections }: SubNavProps) {
  const styles = useStyles();
  return (
    <nav className={styles.nav} aria-label={label}>
      {sections.map((section) => (
        <div key={section.title}>
          <Text as="h2" size={300} weight="semibold" className={styles.heading}>
            {section.title}
          </Text>
          <ul className={styles.list}>
            {section.items.map((item) => (
              <li key={item.to}>
                <NavLink
                  to={item.to}
                  className={({ isActive }) => mergeClasses(styles.link, isActive && styles.active)}
                >
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
