// The built app runs under its Content-Security-Policy (build/csp.ts): every other spec drives
// the app with it in force (the MCP client listing server-everything's tools, some with output
// schemas, included), and here a script injected into the page is refused.
import { expect, test } from '@playwright/test';
import { configureEndpoint } from './helpers/app';

test('the app carries its Content-Security-Policy, and an injected inline script does not run', async ({
  page,
}) => {
  await configureEndpoint(page);
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");

  const refused = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
          once: true,
        });
        const script = document.createElement('script');
        script.textContent = 'window.__injected = true';
        document.body.append(script);
      }),
  );
  expect(refused).toMatch(/^script-src/);
  expect(await page.evaluate(() => 'injected' in window || '__injected' in window)).toBe(false);
});
