import { useEffect, type CSSProperties, type ReactNode } from 'react';

/**
 * The frame of the demo identity provider's pages, in the style of the Microsoft sign-in page:
 * a white card on a light grey page. Plain React and inline CSS (no Fluent, no MSAL), so the page
 * loads fast and never touches the app's state.
 */

export const colors = {
  text: '#1b1b1b',
  secondary: '#5e5e5e',
  link: '#0067b8',
  border: '#d1d1d1',
  hover: '#f2f2f2',
  page: '#f2f2f2',
  error: '#a4262c',
} as const;

const font =
  "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif";

const styles: Record<string, CSSProperties> = {
  page: {
    minHeight: '100vh',
    margin: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    background: colors.page,
    fontFamily: font,
    color: colors.text,
    padding: 16,
    boxSizing: 'border-box',
  },
  card: {
    width: '100%',
    maxWidth: 440,
    background: '#ffffff',
    boxShadow: '0 2px 6px rgba(0, 0, 0, 0.2)',
    padding: 44,
    boxSizing: 'border-box',
  },
  brand: {
    display: 'flex',
    alignItems: 'center',
    gap: 8,
    marginBottom: 16,
    fontSize: 15,
    color: colors.secondary,
  },
  logo: { display: 'grid', gridTemplateColumns: '10px 10px', gap: 1 },
  footer: { marginTop: 16, fontSize: 12, color: colors.secondary, textAlign: 'center' },
};

const logoSquares = ['#f25022', '#7fba00', '#00a4ef', '#ffb900'];

/** Hover and keyboard focus can't be inline styles; this is the page's only stylesheet. */
const interactionCss = `
.idp-account { background: #ffffff; }
.idp-account:hover:not(:disabled) { background: ${colors.hover}; }
.idp-account:focus-visible, .idp-link:focus-visible { outline: 2px solid ${colors.text}; outline-offset: 2px; }
.idp-account:disabled { cursor: progress; opacity: 0.7; }
.idp-link { color: ${colors.link}; }
.idp-link:hover { color: #005da6; text-decoration: underline; }
`;

export function IdpLayout({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <main style={styles.page} lang="en">
      <style>{interactionCss}</style>
      <div>
        <div style={styles.card}>
          <div style={styles.brand}>
            <span style={styles.logo} aria-hidden="true">
              {logoSquares.map((c) => (
                <span key={c} style={{ width: 10, height: 10, background: c }} />
              ))}
            </span>
            <span>Microsoft Entra ID (simulated)</span>
          </div>
          {children}
        </div>
        <p style={styles.footer}>
          Vigil demo identity provider. No password, no network: everything runs in this page.
        </p>
      </div>
    </main>
  );
}

export const headingStyle: CSSProperties = {
  fontSize: 24,
  fontWeight: 600,
  margin: '0 0 4px',
  lineHeight: 1.3,
};
export const textStyle: CSSProperties = { fontSize: 15, margin: '0 0 16px', lineHeight: 1.45 };
