import type { Plugin } from 'vite';

export const standInSource: string;
export function tldtsStandIn(): Plugin;
