import { chromium } from '@playwright/test';
import axe from 'axe-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const html of [
  '<span>Defender for Endpoint</span><span>4</span>',
  '<span>Defender for Endpoint</span> <span>4</span>',
]) {
  await page.setContent(`<html lang="en"><body><main><a href="#x" aria-label="Defender for Endpoint: 4 open alerts, opens the device in Defender for Endpoint in a new tab">${html}</a></main></body></html>`);
  await page.addScriptTag({ content: axe.source });
  const r = await page.evaluate(() => window.axe.run({ runOnly: ['label-content-name-mismatch'] }));
  console.log(JSON.stringify(html), r.violations.length ? 'FAIL' : 'pass');
}
await browser.close();
