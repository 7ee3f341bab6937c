import {
  missingSharedSecretMessage,
  vpnResource,
  vpnSettingsInputSchema,
  vpnSettingsResponseSchema,
  type VpnSettings,
  type VpnSettingsInput,
} from '../../src/api/contracts/vpn';
import { defineConfigResource } from './config-resource';
import { problem } from './problem';

/** VPN settings as the service keeps them. The secret's value never leaves the mock (see `view`). */
export interface StoredVpn {
  radiusEnabled: boolean;
  sharedSecret: string | null;
  secretUpdatedAt: string | null;
}

/**
 * Configuration → Data sources → VPN (catalog §6.5): RADIUS accounting on/off and the shared secret,
 * Administrators only. Responses and the audit log show the secret as `{ isSet, updatedAt }`.
 */
export const vpnSettings = defineConfigResource<VpnSettingsInput, StoredVpn, VpnSettings>({
  name: vpnResource,
  page: 'VPN',
  updatePermission: 'config.dataSources',
  input: vpnSettingsInputSchema,
  response: vpnSettingsResponseSchema,
  errors: { 400: 'RADIUS accounting on without a shared secret (`errors.sharedSecret`).' },
  defaults: () => ({ radiusEnabled: false, sharedSecret: null, secretUpdatedAt: null }),
  apply: (current, input, { now }) => {
    const replacing = input.sharedSecret !== undefined;
    const secret = replacing ? input.sharedSecret! : current.sharedSecret;
    if (input.radiusEnabled && !secret) {
      return problem(400, 'Some fields are not valid', {
        code: 'validation',
        errors: { sharedSecret: [missingSharedSecretMessage] },
      });
    }
    return {
      radiusEnabled: input.radiusEnabled,
      sharedSecret: secret,
      secretUpdatedAt: replacing ? new Date(now).toISOString() : current.secretUpdatedAt,
    };
  },
  view: (stored) => ({
    radiusEnabled: stored.radiusEnabled,
    sharedSecret: { isSet: stored.sharedSecret !== null, updatedAt: stored.secretUpdatedAt },
  }),
});

export const vpnHandlers = vpnSettings.handlers;
