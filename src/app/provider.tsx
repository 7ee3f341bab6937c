import { FluentProvider } from '@fluentui/react-components';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { AuthProvider } from '@/lib/auth/auth-provider';
import { useFluentTheme } from '@/lib/dark-theme';
import { keepFocusSentinelsInert } from '@/lib/focus-sentinels';
import type { AuthSession } from '@/lib/auth/auth-session';
import { useTheme } from '@/lib/theme';

/** Everything every page needs: theme, server-state cache and the auth session. */
export function AppProvider({
  queryClient,
  session,
  children,
}: {
  queryClient: QueryClient;
  session: AuthSession;
  children: ReactNode;
}) {
  const { resolved } = useTheme();
  const { theme, applied } = useFluentTheme(resolved);
  useEffect(() => {
    document.documentElement.style.colorScheme = applied;
  }, [applied]);
  // Fluent's focus sentinels on <body> stay out of the tab order while no modal is open.
  useEffect(() => keepFocusSentinelsInert(), []);
  return (
    <FluentProvider theme={theme} style={{ minHeight: '100vh' }} data-theme={applied}>
      <QueryClientProvider client={queryClient}>
        <AuthProvider session={session}>{children}</AuthProvider>
      </QueryClientProvider>
    </FluentProvider>
  );
}
