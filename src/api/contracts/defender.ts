import * as z from 'zod/mini';
import { versioned } from './config';
import { isoDateTime } from './vocabulary';

/** Microsoft Defender for Endpoint's alert severities (it has Informational, unlike ours). */
export const mdeSeveritySchema = z.enum(['High', 'Medium', 'Low', 'Informational']);
export type MdeSeverity = z.infer<typeof mdeSeveritySchema>;

/** Defender for Endpoint's risk level of a device, from its active alerts. */
export const mdeRiskLevelSchema = z.enum(['High', 'Medium', 'Low', 'Informational', 'None']);
export type MdeRiskLevel = z.infer<typeof mdeRiskLevelSchema>;

const count = z.number().check(z.int(), z.gte(0));

export const mdeAlertCountsSchema = z.object({
  High: count,
  Medium: count,
  Low: count,
  Informational: count,
});
export type MdeAlertCounts = z.infer<typeof mdeAlertCountsSchema>;

/** The integration setting (PUT /api/config/defender-for-endpoint). */
export const defenderSettingsSchema = z.object({ enabled: z.boolean() });
export type DefenderSettings = z.infer<typeof defenderSettingsSchema>;
export const defenderSettingsInputSchema = defenderSettingsSchema;
export const defenderSettingsResponseSchema = versioned(defenderSettingsSchema);

/** The directory roles that may turn the integration on or off (catalog §1, 2.51). */
export const defenderDirectoryRoles = ['Global Administrator', 'Security Administrator'] as const;

/**
 * GET /api/defender-for-endpoint/status: Off; Connected (since when, what Defender for Endpoint
 * knows about the tenant's devices); or Error with the reason.
 */
export const defenderStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('Off') }),
  z.object({
    state: z.literal('Connected'),
    since: isoDateTime,
    /** Devices of the tenant's domains that are onboarded to Defender for Endpoint. */
    onboardedDevices: count,
    /** Devices of the domains Defender for Endpoint doesn't know (grey badge). */
    unknownDevices: count,
    devicesWithAlerts: count,
    highRiskDevices: count,
    openAlerts: mdeAlertCountsSchema,
  }),
  z.object({ state: z.literal('Error'), since: isoDateTime, reason: z.string() }),
]);
export type DefenderStatus = z.infer<typeof defenderStatusSchema>;

/** One device as Defender for Endpoint knows it — the data behind entity badges (catalog §8.6). */
export const defenderDeviceSchema = z.object({
  name: z.string(),
  fqdn: z.string(),
  /** Null when Defender for Endpoint doesn't know the device (the badge is grey). */
  mdeDeviceId: z.nullable(z.string()),
  riskLevel: mdeRiskLevelSchema,
  openAlerts: mdeAlertCountsSchema,
});
export type DefenderDevice = z.infer<typeof defenderDeviceSchema>;

/** The configuration resource: /api/config/defender-for-endpoint. */
export const defenderResource = 'defender-for-endpoint';
