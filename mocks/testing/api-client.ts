import { mintTokenResponse } from '../identity/tokens';
import { store } from '../store/store';

const ORIGIN = 'http://localhost:3000';

/** An access token for a demo account, as the mock identity provider would issue it. */
export async function tokenFor(upn: string): Promise<string> {
  const user = store.state.directory.users.find((u) => u.upn === upn);
  if (!user) throw new Error(`No directory user ${upn}`);
  const response = await mintTokenResponse({
    user,
    clientId: 'test-client',
    scope: 'api://vigil/access_as_user',
  });
  return response.access_token;
}

/** Calls the mock backend as `upn` (or anonymously with null), for handler-level tests. */
export async function callApi(
  upn: string | null,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const headers: Record<string, string> = { ...init.headers };
  if (upn) headers.Authorization = `Bearer ${await tokenFor(upn)}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${ORIGIN}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? null : JSON.stringify(init.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text ? (JSON.parse(text) as unknown) : null,
    headers: response.headers,
  };
}
