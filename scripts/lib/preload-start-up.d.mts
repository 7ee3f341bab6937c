import type { Plugin } from 'vite';

export function preloadStartUp(modules: string[]): Plugin;
