// Debian's Chromium and the flags it needs here (root, no GPU, a closed network: without the
// background-networking flags it keeps trying Google's hosts). Playwright, the screenshot script
// and the bench launch it with these.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
