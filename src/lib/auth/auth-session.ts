/**
 * What the rest of the app knows about authentication. The MSAL implementation lives in
 * msal-session.ts; tests use a session built from the mock identity provider's token minting.
 */
export interface SignedInAccount {
  /** Object id of the user in the directory. */
  oid: string;
  tenantId: string;
  name: string;
  /** User principal name. */
  username: string;
}

export interface AuthSession {
  /** The signed-in account, or null when signed out. */
  account: SignedInAccount | null;
  /** A bearer token for the Vigil API. Renews silently; redirects to sign in when it cannot. */
  getAccessToken(): Promise<string>;
  /** Called once after the API answered 401: drop cached tokens and try again. */
  refreshAccessToken(): Promise<string>;
  signIn(): Promise<void>;
  signOut(): Promise<void>;
}
