import * as z from 'zod/mini';
import { entityRefSchema } from './entities';
import { isoDateTime } from './vocabulary';

/**
 * Lateral movement paths (domain catalog §8.7): how an attacker holding a non-sensitive account
 * could reach a sensitive one by taking credentials left on computers. A path runs from a source
 * (a user or group) to a target (a sensitive user) through three kinds of step.
 */

const count = z.number().check(z.int(), z.nonnegative());

/** A UTC calendar day, e.g. "2026-11-20". */
export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date as YYYY-MM-DD'));

/**
 * The steps of a path, in the direction an attacker moves: a member of a group gains the group's
 * rights ("Member of", dotted); a user or group in a computer's local Administrators can take what
 * is on it ("Administrator on", dark arrow); a computer holds the credentials of whoever logged on
 * to it ("Logged into by", light arrow).
 */
export const lateralMovementEdgeKindSchema = z.enum([
  'Member of',
  'Administrator on',
  'Logged into by',
]);
export type LateralMovementEdgeKind = z.infer<typeof lateralMovementEdgeKindSchema>;

/** Where a node sits: the sensitive account at the end, a starting point, or a step between. */
export const lateralMovementRoleSchema = z.enum(['Target', 'Source', 'En route']);
export type LateralMovementRole = z.infer<typeof lateralMovementRoleSchema>;

export const lateralMovementNodeSchema = z.object({
  /** The entity's id (nodes are entities). */
  id: z.string(),
  entity: entityRefSchema,
  role: lateralMovementRoleSchema,
});
export type LateralMovementNode = z.infer<typeof lateralMovementNodeSchema>;

export const lateralMovementEdgeSchema = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  kind: lateralMovementEdgeKindSchema,
});
export type LateralMovementEdge = z.infer<typeof lateralMovementEdgeSchema>;

/** One path: node ids from the source to the target; each consecutive pair is an edge. */
export const lateralMovementPathSchema = z.object({
  id: z.string(),
  nodes: z.array(z.string()).check(z.minLength(2)),
});
export type LateralMovementPath = z.infer<typeof lateralMovementPathSchema>;

/**
 * The counter tiles (catalog §8.7). A sensitive user's view shows the non-sensitive users en route
 * and the computers; any other entity's view also shows the targets its paths lead to.
 */
export const lateralMovementTilesSchema = z.object({
  targets: count,
  nonSensitiveUsers: count,
  computers: count,
});
export type LateralMovementTiles = z.infer<typeof lateralMovementTilesSchema>;

/** GET /api/entities/:id/lateral-movement-paths?date= — `date` absent: the most recent. */
export const lateralMovementQuerySchema = z.object({
  date: z.optional(isoDate),
});

export const lateralMovementPathsSchema = z.object({
  entity: entityRefSchema,
  /** `Sensitive`: the entity is a target (paths lead to it); otherwise the paths it is on. */
  view: z.enum(['Sensitive', 'Non-sensitive']),
  /** On a path found in the last two days (paths are kept 48 hours): the tab and the badge. */
  onPath: z.boolean(),
  /** The day shown: the one asked for, else the most recent day with paths, else today. */
  date: isoDate,
  /** The most recent day (within the last two) with paths for the entity, or null. */
  mostRecentDate: z.nullable(isoDate),
  /** The range "View a different date" offers: 60 days back to today. */
  earliestDate: isoDate,
  latestDate: isoDate,
  nodes: z.array(lateralMovementNodeSchema),
  edges: z.array(lateralMovementEdgeSchema),
  paths: z.array(lateralMovementPathSchema),
  tiles: lateralMovementTilesSchema,
  asOf: isoDateTime,
});
export type LateralMovementPaths = z.infer<typeof lateralMovementPathsSchema>;
