import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('applies the documented defaults', () => {
    expect(parseEnv({})).toEqual({
      demo: false,
      auth: {
        clientId: '9b1c5c1e-5d1e-4c55-9a3e-7a1f0e6c2d41',
        authority: 'https://login.microsoftonline.com/organizations',
        apiScope: 'api://vigil/access_as_user',
      },
      apiBaseUrl: '',
    });
  });

  it('reads the demo flag and real-mode settings', () => {
    const env = parseEnv({
      VITE_DEMO: 'true',
      VITE_AUTH_CLIENT_ID: 'abc',
      VITE_AUTH_AUTHORITY: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
      VITE_API_BASE_URL: 'https://api.vigil.example',
    });
    expect(env.demo).toBe(true);
    expect(env.auth.authority).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com');
    expect(env.apiBaseUrl).toBe('https://api.vigil.example');
  });

  it('refuses an http authority with a message naming the variable', () => {
    expect(() => parseEnv({ VITE_AUTH_AUTHORITY: 'http://login.example/x' })).toThrow(
      /VITE_AUTH_AUTHORITY/,
    );
    expect(() => parseEnv({ VITE_DEMO: 'yes' })).toThrow(/VITE_DEMO/);
  });
});
