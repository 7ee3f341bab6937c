import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { browserPlan, debianChromium, installCommand } from './lib/chromium.mjs';

const machine = {
  path: debianChromium,
  exists: false,
  isRoot: true,
  hasAptGet: true,
  installAllowed: true,
};

describe('browserPlan', () => {
  it('uses the browser that is there', () => {
    expect(browserPlan({ ...machine, exists: true }).action).toBe('use');
  });
  it('installs Debian’s chromium as root with apt-get', () => {
    expect(browserPlan(machine).action).toBe('install');
  });
  it('stops when it may not or can’t install', () => {
    expect(browserPlan({ ...machine, installAllowed: false }).action).toBe('stop');
    expect(browserPlan({ ...machine, isRoot: false }).action).toBe('stop');
    expect(browserPlan({ ...machine, hasAptGet: false }).action).toBe('stop');
  });
  it('stops on a CHROMIUM_PATH that does not exist (installing Debian’s would not help)', () => {
    const plan = browserPlan({ ...machine, path: '/opt/none' });
    expect(plan.action).toBe('stop');
    expect(plan.reason).toContain('CHROMIUM_PATH=/opt/none does not exist');
  });
});

describe('scripts/preflight.mjs', () => {
  it('stops at once, with the command to run, when the browser is missing and installing is off', () => {
    const started = Date.now();
    const run = spawnSync(process.execPath, ['scripts/preflight.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', VIGIL_INSTALL_BROWSER: '0' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(installCommand);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
