// Debian's Chromium and the flags it needs here (root, no GPU, a closed network: without the
// background-networking flags it keeps trying Google's hosts). Playwright, the screenshot script,
// the bench and the preflight (scripts/preflight.mjs) all take the browser from here.
export const debianChromium = '/usr/bin/chromium';

export const chromiumPath = process.env.CHROMIUM_PATH || debianChromium;

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** What `.ci/run` and the preflight install on Debian when the browser is missing. */
export const debianPackages = ['chromium', 'fonts-liberation', 'fonts-dejavu-core'];

/** The one command a person runs when the browser is missing and can't be installed for them. */
export const installCommand = `sudo apt-get install -y --no-install-recommends ${debianPackages.join(' ')}`;

/**
 * What the preflight does: use the browser if it is there; install Debian's when that is the one
 * missing and it may (root, apt-get present, VIGIL_INSTALL_BROWSER not 0); otherwise stop and say how.
 *
 * @param {{ path: string, exists: boolean, isRoot: boolean, hasAptGet: boolean, installAllowed: boolean }} machine
 * @returns {{ action: 'use' | 'install' | 'stop', reason: string }}
 */
export function browserPlan({ path, exists, isRoot, hasAptGet, installAllowed }) {
  if (exists) return { action: 'use', reason: `Chromium at ${path}` };
  const missing =
    path === debianChromium
      ? `Chromium is not installed (${path} is missing).`
      : `CHROMIUM_PATH=${path} does not exist.`;
  if (path !== debianChromium) {
    return {
      action: 'stop',
      reason: `${missing} Point it at a browser, or unset it to use Debian's.`,
    };
  }
  if (!installAllowed) {
    return {
      action: 'stop',
      reason: `${missing} Installing is turned off (VIGIL_INSTALL_BROWSER=0).`,
    };
  }
  if (!isRoot || !hasAptGet) {
    return {
      action: 'stop',
      reason: `${missing} It can be installed only as root on a machine with apt-get (Debian/Ubuntu).`,
    };
  }
  return { action: 'install', reason: `${missing} Installing Debian's chromium.` };
}
