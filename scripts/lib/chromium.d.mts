export const debianChromium: string;
export const chromiumPath: string;
export const chromiumFlags: string[];
export const debianPackages: string[];
export const installCommand: string;
export function browserPlan(machine: {
  path: string;
  exists: boolean;
  isRoot: boolean;
  hasAptGet: boolean;
  installAllowed: boolean;
}): { action: 'use' | 'install' | 'stop'; reason: string };
