import type * as z from 'zod/mini';
import {
  emailNotificationsSectionSchema,
  previewDetectionsSectionSchema,
  scheduledReportsSectionSchema,
  syslogSectionSchema,
} from '../../src/api/contracts/configuration-transfer';
import { syslogSettingsSchema, type SyslogSettings } from '../../src/api/contracts/syslog';
import { paths } from '../../src/config/paths';
import { readConfig, type ConfigResource } from '../handlers/config-resource';
import { emailNotifications, previewDetections, scheduledReports } from '../handlers/notifications';
import { syslogConfig } from '../handlers/syslog';
import { tenantSensors } from '../store/sensor-records';
import { store } from '../store/store';
import { defineSection, type SectionContext } from './section';
import { writeConfig } from './write-config';

const c = paths.configuration;

/** A page whose settings travel as they are (no ids, no secrets). */
function plainSection<T>(
  key: string,
  href: string,
  schema: z.ZodMiniType<T>,
  resource: ConfigResource<T, T, T>,
) {
  return defineSection<T>({
    key,
    page: resource.page,
    href,
    schema,
    export: ({ caller }) => readConfig(resource, caller).stored,
    plan: (ctx, value) => {
      const { stored, config } = readConfig(resource, ctx.caller);
      return {
        resources: [{ target: resource.page, before: stored, after: value }],
        warnings: [],
        apply: () => writeConfig(config, structuredClone(value), ctx),
      };
    },
  });
}

export const emailNotificationsSection = plainSection(
  'emailNotifications',
  c.notifications,
  emailNotificationsSectionSchema,
  emailNotifications,
);
export const scheduledReportsSection = plainSection(
  'scheduledReports',
  c.scheduledReports,
  scheduledReportsSectionSchema,
  scheduledReports,
);
export const previewDetectionsSection = plainSection(
  'previewDetections',
  c.previewDetections,
  previewDetectionsSectionSchema,
  previewDetections,
);

const sensorsOf = ({ caller, now }: SectionContext) =>
  tenantSensors(store.state, caller.tenant, caller.tenantState, now);

/** Syslog: the forwarding sensor travels by name; a sensor this instance lacks switches it off. */
export const syslogSection = defineSection({
  key: 'syslog',
  page: 'Syslog notifications',
  href: c.syslog,
  schema: syslogSectionSchema,
  export: (ctx) => {
    const { sensorId, ...rest } = readConfig(syslogConfig, ctx.caller).stored;
    const sensor = sensorsOf(ctx).find((s) => s.id === sensorId);
    return { ...rest, sensor: sensor?.name ?? null };
  },
  plan: (ctx, value) => {
    const { stored, config } = readConfig(syslogConfig, ctx.caller);
    const { sensor: sensorName, ...rest } = value;
    const sensor = sensorName
      ? sensorsOf(ctx).find((s) => s.name.toLowerCase() === sensorName.toLowerCase())
      : undefined;
    const warnings: string[] = [];
    let enabled = value.enabled;
    if (sensorName && !sensor) {
      warnings.push(
        enabled
          ? `Syslog stays off: no sensor named ${sensorName} here yet. Choose the sensor that sends the messages on the Syslog notifications page.`
          : `No sensor named ${sensorName} here yet: choose one on the Syslog notifications page.`,
      );
      enabled = false;
    }
    const next: SyslogSettings = { ...rest, enabled, sensorId: sensor?.id ?? null };
    const checked = syslogSettingsSchema.safeParse(next);
    if (!checked.success) {
      const errors: Record<string, string[]> = {};
      for (const issue of checked.error.issues) {
        const field = issue.path
          .map(String)
          .join('.')
          .replace(/^sensorId$/, 'sensor');
        (errors[field || '_'] ??= []).push(issue.message);
      }
      return { errors };
    }
    const names = new Map(sensorsOf(ctx).map((s) => [s.id, s.name]));
    const portable = (s: SyslogSettings) => {
      const { sensorId, ...others } = s;
      return { ...others, sensor: sensorId ? (names.get(sensorId) ?? sensorId) : null };
    };
    return {
      resources: [
        { target: 'Syslog notifications', before: portable(stored), after: portable(next) },
      ],
      warnings,
      apply: () => writeConfig(config, checked.data, ctx),
    };
  },
});
