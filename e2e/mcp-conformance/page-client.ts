// Runs in Chromium: Arbor's own MCP client code (src/tools/mcp-client.ts) against a conformance
// scenario's server, doing what the scenario asks of a client.
import { connectMcp } from '../../src/tools/mcp-client';

declare global {
  interface Window {
    runScenario: (url: string, scenario: string) => Promise<string>;
  }
}

window.runScenario = async (url, scenario) => {
  const connection = await connectMcp(url, []);
  const signal = new AbortController().signal;
  let said = `connected to ${connection.name}; tools: ${connection.tools.map((t) => t.name).join(', ')}`;
  if (scenario === 'tools_call') {
    const result = await connection.callTool('add_numbers', { a: 2, b: 3 }, signal);
    said += `; add_numbers → ${JSON.stringify(result.content)}`;
  }
  if (scenario === 'sse-retry') {
    const result = await connection.callTool('test_reconnection', {}, signal);
    said += `; test_reconnection → ${JSON.stringify(result.content)}`;
  }
  await connection.close();
  return said;
};
