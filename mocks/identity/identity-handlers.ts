import { http, type HttpHandler } from 'msw';
import type { Directory } from './directory';
import { entraError, entraJson, preflight } from './entra-responses';
import { identityHost, issuerFor } from './keys';
import {
  authorizationCodeGrant,
  missingParameter,
  refreshTokenGrant,
  type GrantContext,
} from './token-grants';

/**
 * The mock Entra ID's HTTP endpoints on its production host. With the authority
 * https://login.microsoftonline.com/<tenant>, MSAL 5 takes cloud discovery and the OpenID
 * configuration from metadata built into msal-common, so the only request it makes in the redirect
 * flow is `POST /<tenant>/oauth2/v2.0/token` (authorization_code, then refresh_token). The discovery
 * endpoints are answered anyway, and anything else on the host gets a 404 here, so nothing ever
 * reaches the real service.
 */

const wellKnownTenants = new Set(['common', 'organizations']);

type TenantLookup = { ok: true; tenantId: string | null } | { ok: false; segment: string };

/** `common` / `organizations` ⇒ any tenant; a tenant id or initial domain ⇒ that tenant. */
function resolveTenant(directory: Directory, segment: string): TenantLookup {
  if (wellKnownTenants.has(segment.toLowerCase())) return { ok: true, tenantId: null };
  const tenant = directory.tenants.find(
    (t) => t.id === segment.toLowerCase() || t.initialDomain === segment.toLowerCase(),
  );
  return tenant ? { ok: true, tenantId: tenant.id } : { ok: false, segment };
}

function tenantNotFound(request: Request, segment: string): Response {
  return entraError(request, {
    error: 'invalid_tenant',
    code: 90002,
    description: `Tenant '${segment}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
  });
}

function openIdConfiguration(segment: string, tenantId: string | null) {
  const base = `${identityHost}/${segment}`;
  return {
    token_endpoint: `${base}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: [
      'client_secret_post',
      'private_key_jwt',
      'client_secret_basic',
    ],
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: issuerFor(tenantId ?? '{tenantid}'),
    request_uri_parameter_supported: false,
    userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: [
      'sub',
      'iss',
      'aud',
      'exp',
      'iat',
      'nonce',
      'oid',
      'tid',
      'name',
      'preferred_username',
      'ver',
    ],
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: null,
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
}

const instanceDiscovery = {
  tenant_discovery_endpoint: `${identityHost}/{tenant}/v2.0/.well-known/openid-configuration`,
  'api-version': '1.1',
  metadata: [
    {
      preferred_network: 'login.microsoftonline.com',
      preferred_cache: 'login.windows.net',
      aliases: [
        'login.microsoftonline.com',
        'login.windows.net',
        'login.microsoft.com',
        'sts.windows.net',
      ],
    },
  ],
};

export function createIdentityHandlers(deps: {
  getDirectory: () => Directory;
  /** Clock for code and token lifetimes; Date.now by default. */
  now?: () => number;
}): HttpHandler[] {
  const now = deps.now ?? Date.now;
  const redeemedCodes = new Set<string>();

  return [
    http.post<{ tenant: string }>(
      `${identityHost}/:tenant/oauth2/v2.0/token`,
      async ({ request, params }) => {
        const directory = deps.getDirectory();
        const tenant = resolveTenant(directory, params.tenant);
        if (!tenant.ok) return tenantNotFound(request, tenant.segment);
        const body = new URLSearchParams(await request.text());
        const ctx: GrantContext = {
          params: body,
          directory,
          tenantId: tenant.tenantId,
          now: now(),
          redeemedCodes,
        };
        const grantType = body.get('grant_type');
        let result;
        if (grantType === 'authorization_code') result = await authorizationCodeGrant(ctx);
        else if (grantType === 'refresh_token') result = await refreshTokenGrant(ctx);
        else if (!grantType) return entraError(request, missingParameter('grant_type'), ctx.now);
        else {
          return entraError(
            request,
            {
              error: 'unsupported_grant_type',
              code: 70003,
              description: `The app requested an unsupported grant type '${grantType}'.`,
            },
            ctx.now,
          );
        }
        return result.ok
          ? entraJson(request, { ...result.body })
          : entraError(request, result.error, ctx.now);
      },
    ),

    http.get(`${identityHost}/common/discovery/instance`, ({ request }) =>
      entraJson(request, instanceDiscovery),
    ),

    http.get<{ tenant: string }>(
      `${identityHost}/:tenant/v2.0/.well-known/openid-configuration`,
      ({ request, params }) => {
        const tenant = resolveTenant(deps.getDirectory(), params.tenant);
        if (!tenant.ok) return tenantNotFound(request, tenant.segment);
        return entraJson(request, openIdConfiguration(params.tenant, tenant.tenantId));
      },
    ),

    http.options(`${identityHost}/*`, ({ request }) => preflight(request)),

    // Anything else MSAL (or a popup/iframe flow, which the demo does not use) might ask for.
    http.all(`${identityHost}/*`, ({ request }) =>
      entraError(request, {
        status: 404,
        error: 'invalid_request',
        code: 900561,
        description: `The mock identity provider does not serve ${request.method} ${new URL(request.url).pathname}.`,
      }),
    ),
  ];
}
