#!/usr/bin/env node
// Runs first in `npm test` and `npm run test:e2e` (and in .ci/run before `npm ci`): finds the
// browser the Playwright suites need before minutes of other checks, installs Debian's chromium
// when it can (root with apt-get), and otherwise stops at once with the one command to run.
// Node built-ins only, so it runs on system Node before `npm ci`.
//   CHROMIUM_PATH           the browser to use (default /usr/bin/chromium)
//   VIGIL_INSTALL_BROWSER=0 never install; stop instead
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { browserPlan, chromiumPath, debianPackages, installCommand } from './lib/chromium.mjs';

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

const machine = () => ({
  path: chromiumPath,
  exists: executable(chromiumPath),
  isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  hasAptGet: onPath('apt-get'),
  installAllowed: process.env.VIGIL_INSTALL_BROWSER !== '0',
});

function stop(reason) {
  console.error(`preflight: ${reason}\n\nInstall it with:\n\n  ${installCommand}\n`);
  console.error('or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.');
  process.exit(1);
}

let plan = browserPlan(machine());
if (plan.action === 'stop') stop(plan.reason);
if (plan.action === 'install') {
  console.log(`preflight: ${plan.reason}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...debianPackages], {
    stdio: 'inherit',
    env,
  });
  if (!machine().exists)
    stop(`${chromiumPath} is still missing after installing ${debianPackages.join(', ')}.`);
}
const version = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`preflight: ${version || plan.reason}`);
