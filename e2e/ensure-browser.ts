// Runs before `playwright test` (npm run test:e2e): makes sure the Chromium the end-to-end tests
// launch (e2e/chromium.ts decides which) is on disk. Downloads Playwright's own only when there
// is no system Chromium and no Playwright Chromium yet; when it cannot, says in one line what to
// install and exits non-zero.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { testChromium } from './chromium';

if (!existsSync(testChromium())) {
  console.log("No Chromium found: downloading Playwright's own (npx playwright install chromium)…");
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  const install = spawnSync(process.execPath, [cli, 'install', 'chromium'], { stdio: 'ignore' });
  if (install.status !== 0 || !existsSync(testChromium())) {
    console.error(
      'Could not download Chromium for the end-to-end tests. Install Chromium (Debian/Ubuntu: apt-get install chromium) or let `npx playwright install chromium` download one, then run npm test again.',
    );
    process.exit(1);
  }
}
