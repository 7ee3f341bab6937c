import type { AuthSession } from '@/lib/auth/auth-session';
import type { Directory } from '../../mocks/identity/directory';
import { mintTokenResponse } from '../../mocks/identity/tokens';

/**
 * Auth sessions for Vitest render tests: a real access token minted by the mock identity provider
 * (so the mock backend verifies it like any other), without clicking through sign-in.
 */

export interface TestAuthSession extends AuthSession {
  /** How often each action was called, for assertions ("clicking Sign out signs out"). */
  readonly calls: { signIn: number; signOut: number; refreshAccessToken: number };
}

const testClientId = 'vigil-vitest';
const testScope = 'api://vigil/access_as_user openid profile offline_access';

export async function createTestAuthSession(
  upn: string,
  directory: Directory,
): Promise<TestAuthSession> {
  const user = directory.users.find((u) => u.upn.toLowerCase() === upn.toLowerCase());
  if (!user) {
    const known = directory.users.map((u) => u.upn).join(', ');
    throw new Error(`createTestAuthSession: no user ${upn} in the directory (known: ${known}).`);
  }
  const { access_token } = await mintTokenResponse({
    user,
    clientId: testClientId,
    scope: testScope,
  });
  const calls = { signIn: 0, signOut: 0, refreshAccessToken: 0 };
  return {
    account: { oid: user.id, tenantId: user.tenantId, name: user.displayName, username: user.upn },
    calls,
    getAccessToken: () => Promise.resolve(access_token),
    refreshAccessToken: () => {
      calls.refreshAccessToken += 1;
      return Promise.resolve(access_token);
    },
    signIn: () => {
      calls.signIn += 1;
      return Promise.resolve();
    },
    signOut: () => {
      calls.signOut += 1;
      return Promise.resolve();
    },
  };
}

export function createSignedOutTestSession(): TestAuthSession {
  const calls = { signIn: 0, signOut: 0, refreshAccessToken: 0 };
  const notSignedIn = () =>
    Promise.reject(new Error('Not signed in: this test session is signed out.'));
  return {
    account: null,
    calls,
    getAccessToken: notSignedIn,
    refreshAccessToken: () => {
      calls.refreshAccessToken += 1;
      return notSignedIn();
    },
    signIn: () => {
      calls.signIn += 1;
      return Promise.resolve();
    },
    signOut: () => {
      calls.signOut += 1;
      return Promise.resolve();
    },
  };
}
