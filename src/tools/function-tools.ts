// A chat's MCP tools as OpenAI function tools. Function names allow only letters, digits, `_`
// and `-` (64 at most), and must be unique in a request, so a tool's name is cleaned, and when
// two servers offer the same name each gets its server's name in front.
import type { FunctionTool } from '../llm/stream-chat';
import type { McpTool } from './tool-types';

export interface ServerTools {
  serverId: string;
  serverName: string;
  tools: McpTool[];
}

/** One tool as offered to the model, with where it lives. */
export interface OfferedTool {
  functionName: string;
  serverId: string;
  serverName: string;
  tool: McpTool;
}

const MAX_NAME = 64;

/** A name as a function name: letters, digits, `_` and `-`, 64 at most. */
export function cleanName(name: string): string {
  return name.replace(/[^a-zA-Z0-9_-]/g, '_').slice(0, MAX_NAME) || 'tool';
}

/** Every tool of the servers, each with a function name no other tool has. */
export function offerTools(servers: readonly ServerTools[]): OfferedTool[] {
  const counts = new Map<string, number>();
  for (const server of servers) {
    for (const tool of server.tools) {
      const name = cleanName(tool.name);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const taken = new Set<string>();
  return servers.flatMap((server) =>
    server.tools.map((tool) => {
      const plain = cleanName(tool.name);
      let name =
        (counts.get(plain) ?? 0) > 1 ? cleanName(`${server.serverName}__${tool.name}`) : plain;
      for (let n = 2; taken.has(name); n += 1) name = cleanName(`${plain.slice(0, 60)}_${n}`);
      taken.add(name);
      return { functionName: name, serverId: server.serverId, serverName: server.serverName, tool };
    }),
  );
}

/** A tool's input schema as function parameters: always an object schema. */
function parametersOf(tool: McpTool): Record<string, unknown> {
  const schema = tool.inputSchema;
  return schema.type === 'object' ? schema : { type: 'object', properties: {} };
}

export function functionTools(offered: readonly OfferedTool[]): FunctionTool[] {
  return offered.map(({ functionName, tool }) => ({
    type: 'function',
    function: {
      name: functionName,
      description: tool.description,
      parameters: parametersOf(tool),
    },
  }));
}
