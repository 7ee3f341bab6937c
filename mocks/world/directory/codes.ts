import type { EntityKind } from '../../../src/api/contracts/entities';

/**
 * An entity of the world as one number: index * 3 + kind (0 user, 1 computer, 2 group). Search
 * indexes and membership walks use codes, never objects.
 */
export const USER = 0;
export const COMPUTER = 1;
export const GROUP = 2;
export type KindCode = typeof USER | typeof COMPUTER | typeof GROUP;

export const kinds: readonly EntityKind[] = ['User', 'Computer', 'Group'];

export const codeOf = (kind: KindCode, index: number) => index * 3 + kind;
export const kindCode = (code: number) => (code % 3) as KindCode;
export const indexOf = (code: number) => Math.floor(code / 3);
