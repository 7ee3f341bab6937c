import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { ShieldKeyholeRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    display: 'grid',
    placeItems: 'center',
    padding: tokens.spacingHorizontalXXL,
    backgroundColor: tokens.colorNeutralBackground2,
    boxSizing: 'border-box',
  },
  card: {
    width: 'min(560px, 100%)',
    padding: '40px',
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow16,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  brand: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  logo: { fontSize: '32px', color: tokens.colorBrandForeground1 },
  title: { margin: 0 },
});

/** The frame of the pages outside the portal shell: signed out, unauthorized, welcome. */
export function CenteredCard({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <section className={styles.card} aria-labelledby="centered-card-title">
        <div className={styles.brand}>
          <ShieldKeyholeRegular className={styles.logo} aria-hidden />
          <Text weight="semibold" size={400}>
            Vigil
          </Text>
        </div>
        <Text
          as="h1"
          size={700}
          weight="semibold"
          id="centered-card-title"
          className={styles.title}
        >
          {title}
        </Text>
        {children}
      </section>
    </main>
  );
}
