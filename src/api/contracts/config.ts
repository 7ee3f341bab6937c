import * as z from 'zod/mini';
import { isoDateTime } from './vocabulary';

/**
 * A versioned configuration resource on the wire: the value, its version (also the ETag header;
 * saves send it back as If-Match) and who changed it last.
 */
export function versioned<T extends z.ZodMiniType>(value: T) {
  return z.object({
    value,
    etag: z.string(),
    updatedAt: z.nullable(isoDateTime),
    updatedBy: z.nullable(z.string()),
  });
}
export type Versioned<T> = {
  value: T;
  etag: string;
  updatedAt: string | null;
  updatedBy: string | null;
};

/** A write-only secret as responses show it: whether it is set, never the value. */
export const secretStateSchema = z.object({
  isSet: z.boolean(),
  updatedAt: z.nullable(isoDateTime),
});
export type SecretState = z.infer<typeof secretStateSchema>;

/** Host names as admins type them: a fully qualified domain name (at least two labels). */
export const fqdnSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'Enter a fully qualified domain name'),
    z.maxLength(253, 'A domain name has at most 253 characters'),
    z.regex(
      /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/i,
      'Enter a fully qualified domain name, such as dc01.contoso.com',
    ),
  );

const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const ipv6 = /^[0-9a-f:]+$/i;

/** A server address: an FQDN or an IPv4/IPv6 address — no scheme, no port, no path. */
export const hostSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'Enter a server name or IP address'),
  z.refine(
    (v) => ipv4.test(v) || (v.includes(':') && ipv6.test(v)) || fqdnSchema.safeParse(v).success,
    'Enter a server name (FQDN) or an IP address, without http:// or a port',
  ),
);

export const portSchema = z
  .number({ error: 'Enter a port number' })
  .check(
    z.int('A port is a whole number'),
    z.gte(1, 'Ports go from 1 to 65535'),
    z.lte(65535, 'Ports go from 1 to 65535'),
  );

export const emailSchema = z.email('Enter a valid email address, such as soc@contoso.com');
