import type { Plugin } from 'vite';

export function iconFamilyFile(name: string): string | null;
export function rewriteIconImports(
  code: string,
  exportsOf: (file: string) => Set<string> | null | undefined,
): string | null;
export function fluentIconAtoms(): Plugin;
