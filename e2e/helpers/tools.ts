// MCP servers in the tests: adding one in Settings, and reading the tool traffic the mock model
// received (the calls a reply made, the answers sent back, the tools offered).
import { expect, type Locator, type Page } from '@playwright/test';
import { z } from 'zod';
import { inSettings } from './app';
import { MOCK_URL } from './mock';

/** Arbor's own MCP test server (e2e/mcp-server). */
export const TEST_MCP_URL = 'http://localhost:4020/mcp';
export const TEST_MCP_NAME = 'arbor-test-tools';
/** @modelcontextprotocol/server-everything, started by the Playwright config. */
export const EVERYTHING_MCP_URL = 'http://localhost:4030/mcp';

export function serverList(dialog: Locator): Locator {
  return dialog.getByRole('list', { name: 'MCP servers' });
}

/** Adds a server in Settings → Tools and waits until the list shows it in `state`. */
export async function addMcpServer(
  page: Page,
  url: string,
  state: 'connected' | 'failed',
  name = url,
  headers = '',
): Promise<Locator> {
  let item!: Locator;
  await inSettings(page, async (dialog) => {
    await dialog.getByLabel('MCP server URL', { exact: true }).fill(url);
    if (headers) await dialog.getByLabel('Headers (optional)', { exact: true }).fill(headers);
    await dialog.getByRole('button', { name: 'Add server', exact: true }).click();
    item = serverList(dialog).getByRole('listitem', { name: `${name} (${state})`, exact: true });
    await expect(item).toBeVisible({ timeout: 15_000 });
  });
  return item;
}

const toolTrafficSchema = z.object({
  requests: z.array(
    z.object({
      body: z.object({
        tools: z.array(z.object({ function: z.object({ name: z.string() }) })).optional(),
        messages: z.array(
          z.object({
            role: z.string(),
            content: z.unknown(),
            tool_calls: z
              .array(z.object({ id: z.string(), function: z.object({ name: z.string() }) }))
              .optional(),
            tool_call_id: z.string().optional(),
          }),
        ),
      }),
    }),
  ),
});

export type ToolRequest = z.infer<typeof toolTrafficSchema>['requests'][number]['body'];

/** The chat requests whose first user message contains `marker`, with their tool fields. */
export async function toolRequests(marker: string): Promise<ToolRequest[]> {
  const response = await fetch(`${MOCK_URL}/__requests`);
  const { requests } = toolTrafficSchema.parse(await response.json());
  return requests
    .map((r) => r.body)
    .filter((body) =>
      JSON.stringify(body.messages.find((m) => m.role === 'user')?.content ?? '').includes(marker),
    );
}

export function toolCallCard(page: Page, name: string): Locator {
  return page.getByRole('article', { name: `tool call ${name}`, exact: true });
}

export function toolResult(page: Page, name: string): Locator {
  return page.getByRole('article', { name: `tool result ${name}`, exact: true });
}
