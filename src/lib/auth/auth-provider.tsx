import { createContext, use, type ReactNode } from 'react';
import type { AuthSession } from './auth-session';

const AuthContext = createContext<AuthSession | null>(null);

export function AuthProvider({ session, children }: { session: AuthSession; children: ReactNode }) {
  return <AuthContext value={session}>{children}</AuthContext>;
}

export function useAuth(): AuthSession {
  const session = use(AuthContext);
  if (!session) throw new Error('useAuth() must be used inside <AuthProvider>');
  return session;
}
