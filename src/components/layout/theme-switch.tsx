import { Button } from '@fluentui/react-components';
import { DarkThemeRegular } from '@fluentui/react-icons';
import { lazy, Suspense, useRef, useState } from 'react';
import { useTheme } from '@/lib/theme';

const ThemeMenu = lazy(() => import('./theme-menu'));
const labels = { light: 'Light', dark: 'Dark', system: 'System' } as const;

/** Light / dark / system, remembered in this browser. The menu loads on first open. */
export function ThemeSwitch() {
  const { preference } = useTheme();
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        ref={button}
        appearance="subtle"
        icon={<DarkThemeRegular />}
        aria-label="Theme"
        aria-haspopup="menu"
        aria-expanded={open}
        title={`Theme: ${labels[preference]}`}
        onClick={() => setOpen((o) => !o)}
      />
      {open && (
        <Suspense fallback={null}>
          <ThemeMenu target={button} open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
