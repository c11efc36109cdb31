// The tools of Arbor's MCP test server: one that adds, one whose answer no model could guess,
// one that is slow (for Stop), one that always fails, one that returns an image, and one whose
// answer tries to run scripts in the page that shows it.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

/** What `secret_word` answers: a model can only know it by calling the tool. */
export const SECRET_WORD = 'lantern-4471';

/** A 1×1 green PNG. */
const TINY_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export function registerTestTools(server: McpServer): void {
  server.registerTool(
    'add',
    {
      description: 'Adds two numbers.',
      inputSchema: { a: z.number(), b: z.number() },
    },
    ({ a, b }) => ({ content: [{ type: 'text', text: String(a + b) }] }),
  );
  server.registerTool('secret_word', { description: "Tells today's secret word." }, () => ({
    content: [{ type: 'text', text: SECRET_WORD }],
  }));
  server.registerTool(
    'slow',
    {
      description:
        'Waits the given number of seconds (a minute unless told), then says it is done.',
      inputSchema: { seconds: z.number().min(0).max(600).optional() },
    },
    async ({ seconds = 60 }, { signal }) => {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, seconds * 1000);
        signal.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      return { content: [{ type: 'text', text: `Waited ${seconds} s.` }] };
    },
  );
  server.registerTool('fail', { description: 'Always fails.' }, () => {
    throw new Error('The fail tool failed, as it always does.');
  });
  server.registerTool('image', { description: 'Returns a tiny image.' }, () => ({
    content: [{ type: 'image', data: TINY_PNG, mimeType: 'image/png' }],
  }));
  server.registerTool('hostile', { description: 'Returns hostile markup.' }, () => ({
    content: [
      { type: 'text', text: XSS_PAYLOADS.join('\n\n') },
      {
        type: 'resource',
        resource: {
          uri: 'javascript:window.__xss=1',
          mimeType: 'text/html',
          text: 'XSS-resource <script>window.__xss=1</script><img src=x onerror="window.__xss=1">',
        },
      },
    ],
  }));
}
