import * as z from 'zod/mini';

// zod/mini loads no locale: these messages are the ones zod's English locale gives.
const nonEmpty = z
  .string()
  .check(z.minLength(1, 'Too small: expected string to have >=1 characters'));

/**
 * Build-time configuration (Vite `VITE_*` variables), validated once at start-up. Every variable is
 * documented in README.md § Configuration.
 */
const envSchema = z.object({
  /** "true" in demo builds: the mock backend and mock identity provider run in the page. */
  VITE_DEMO: z._default(
    z.enum(['true', 'false'], 'Invalid option: expected one of "true"|"false"'),
    'false',
  ),
  /** Entra ID application (client) id of the portal. */
  VITE_AUTH_CLIENT_ID: z._default(nonEmpty, '9b1c5c1e-5d1e-4c55-9a3e-7a1f0e6c2d41'),
  /** Authority: https://login.microsoftonline.com/<tenant id | organizations>. */
  VITE_AUTH_AUTHORITY: z._default(
    z.url({ protocol: /^https$/, error: 'Invalid URL' }),
    'https://login.microsoftonline.com/organizations',
  ),
  /** Scope requested for the Vigil API. */
  VITE_API_SCOPE: z._default(nonEmpty, 'api://vigil/access_as_user'),
  /** Base URL of the Vigil API; empty means same origin. */
  VITE_API_BASE_URL: z._default(z.string(), ''),
});

export type Env = {
  demo: boolean;
  auth: { clientId: string; authority: string; apiScope: string };
  apiBaseUrl: string;
};

export function parseEnv(raw: Record<string, unknown>): Env {
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${detail}`);
  }
  const e = parsed.data;
  return {
    demo: e.VITE_DEMO === 'true',
    auth: {
      clientId: e.VITE_AUTH_CLIENT_ID,
      authority: e.VITE_AUTH_AUTHORITY,
      apiScope: e.VITE_API_SCOPE,
    },
    apiBaseUrl: e.VITE_API_BASE_URL,
  };
}

export const env: Env = parseEnv(import.meta.env);
