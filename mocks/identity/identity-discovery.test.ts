import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../node';
import { seedDirectory, tenantIds } from './directory';
import { createIdentityHandlers } from './identity-handlers';

/** The identity host's endpoints besides the token endpoint: nothing may reach the real service. */

const host = 'https://login.microsoftonline.com';
const clientId = '9b1c5c1e-5d1e-4c55-9a3e-7a1f0e6c2d41';

beforeEach(() => {
  const directory = seedDirectory();
  server.use(...createIdentityHandlers({ getDirectory: () => directory }));
});

describe('the identity host', () => {
  it('answers OpenID configuration and instance discovery like Entra ID', async () => {
    const config = (await (
      await fetch(`${host}/organizations/v2.0/.well-known/openid-configuration`)
    ).json()) as Record<string, unknown>;
    expect(config).toMatchObject({
      token_endpoint: `${host}/organizations/oauth2/v2.0/token`,
      authorization_endpoint: `${host}/organizations/oauth2/v2.0/authorize`,
      end_session_endpoint: `${host}/organizations/oauth2/v2.0/logout`,
      issuer: `${host}/{tenantid}/v2.0`,
    });
    const tenantConfig = (await (
      await fetch(`${host}/${tenantIds.contoso}/v2.0/.well-known/openid-configuration`)
    ).json()) as Record<string, unknown>;
    expect(tenantConfig.issuer).toBe(`${host}/${tenantIds.contoso}/v2.0`);
    const discovery = await fetch(
      `${host}/common/discovery/instance?api-version=1.1&authorization_endpoint=${host}/organizations/oauth2/v2.0/authorize`,
    );
    expect(await discovery.json()).toMatchObject({
      'api-version': '1.1',
      metadata: [{ preferred_network: 'login.microsoftonline.com' }],
    });
  });

  it('answers CORS preflights and keeps everything else off the network', async () => {
    const preflight = await fetch(`${host}/organizations/oauth2/v2.0/token`, {
      method: 'OPTIONS',
      headers: {
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,x-anchormailbox',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'content-type,x-anchormailbox',
    );
    const authorize = await fetch(
      `${host}/organizations/oauth2/v2.0/authorize?client_id=${clientId}`,
    );
    expect(authorize.status).toBe(404);
  });
});
