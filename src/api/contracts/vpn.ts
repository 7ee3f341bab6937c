import * as z from 'zod/mini';
import { secretStateSchema, versioned } from './config';

/** The UDP port every sensor listens on for RADIUS accounting when it is on (domain catalog §6.5). */
export const RADIUS_ACCOUNTING_PORT = 1813;

/** VPN servers whose RADIUS accounting the sensors understand. */
export const supportedVpnVendors = ['Microsoft (RRAS)', 'F5', 'Check Point', 'Cisco ASA'] as const;

export const SHARED_SECRET_MIN = 8;
export const SHARED_SECRET_MAX = 128;
export const missingSharedSecretMessage = 'Enter the shared secret your VPN server uses';

/**
 * The RADIUS shared secret as an admin types it. It must equal the VPN server's, which allows
 * letters and digits (catalog §6.5: alphanumeric); 8 to 128 characters — 8 keeps out guessable
 * secrets, 128 is the longest Windows NPS/RRAS accepts.
 */
export const sharedSecretSchema = z
  .string()
  .check(
    z.minLength(
      SHARED_SECRET_MIN,
      `The shared secret has at least ${SHARED_SECRET_MIN} characters`,
    ),
    z.maxLength(SHARED_SECRET_MAX, `The shared secret has at most ${SHARED_SECRET_MAX} characters`),
    z.regex(
      /^[A-Za-z0-9]+$/,
      'Use letters and digits only, as your VPN server’s RADIUS settings do',
    ),
  );

/** VPN settings as responses show them: the shared secret is write-only (`{ isSet, updatedAt }`). */
export const vpnSettingsSchema = z.object({
  radiusEnabled: z.boolean(),
  sharedSecret: secretStateSchema,
});
export type VpnSettings = z.infer<typeof vpnSettingsSchema>;

/** GET/PUT /api/config/vpn answer: the settings, their version (ETag) and who changed them last. */
export const vpnSettingsResponseSchema = versioned(vpnSettingsSchema);

/**
 * PUT /api/config/vpn. `sharedSecret` is sent only to replace the stored one. Turning RADIUS
 * accounting on needs a secret, sent now or set before — the backend checks the stored one.
 */
export const vpnSettingsInputSchema = z.object({
  radiusEnabled: z.boolean(),
  sharedSecret: z.optional(sharedSecretSchema),
});
export type VpnSettingsInput = z.infer<typeof vpnSettingsInputSchema>;

/** The configuration resource: /api/config/vpn. */
export const vpnResource = 'vpn';
