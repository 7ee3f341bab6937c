import type { Plugin } from 'vite';

export const standIns: Record<string, string>;
export function standInFor(id: string): string | null;
export function msalRedirectOnly(): Plugin;
