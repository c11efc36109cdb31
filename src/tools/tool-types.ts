// What Arbor knows of an MCP server's tool: what the handshake listed.

export interface McpTool {
  name: string;
  description: string;
  /** A JSON Schema for the tool's arguments, as the server sent it. */
  inputSchema: Record<string, unknown>;
}
