import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, testChromium } from './e2e/chromium';

const MOCK_PORT = 4010;
const APP_PORT = 5173;
/** Arbor's own MCP test server (e2e/mcp-server). */
const MCP_PORT = 4020;
/** @modelcontextprotocol/server-everything, an MCP server nobody here wrote. */
const EVERYTHING_PORT = 4030;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${APP_PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // The system Chromium where installed, else Playwright's own (e2e/chromium.ts decides).
        launchOptions: { executablePath: testChromium(), args: CHROMIUM_ARGS, headless: true },
      },
    },
  ],
  webServer: [
    {
      command: `npx tsx e2e/mock-server/main.ts --port ${MOCK_PORT}`,
      url: `http://localhost:${MOCK_PORT}/health`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx tsx e2e/mcp-server/main.ts ${MCP_PORT}`,
      url: `http://localhost:${MCP_PORT}/health`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx mcp-server-everything streamableHttp`,
      env: { PORT: String(EVERYTHING_PORT) },
      port: EVERYTHING_PORT,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx vite build && npx vite preview --port ${APP_PORT} --strictPort`,
      url: `http://localhost:${APP_PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
