// Why connecting to an MCP server failed, in plain words: unreachable, refused by CORS, asking
// for sign-in, or not an MCP server at all.
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { SseError } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

function statusOf(error: unknown): number | undefined {
  if (error instanceof StreamableHTTPError || error instanceof SseError) return error.code;
  return undefined;
}

/**
 * A browser reports an unreachable server and one that refuses the page (CORS) alike. A request
 * that may not read the answer (`no-cors`) still reaches a server that is up, which tells them apart.
 */
async function isReachable(url: URL): Promise<boolean> {
  try {
    await fetch(url, { mode: 'no-cors', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

/** A page on a public https origin needs the user's permission to reach this machine. */
function localNetworkHint(url: URL): string {
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return local &&
    location.protocol === 'https:' &&
    !['localhost', '127.0.0.1'].includes(location.hostname)
    ? ' This page is served over https from elsewhere: the browser also asks you to allow local network access for it (see the icon in the address bar).'
    : '';
}

/**
 * Names the server by its host only: a full address may carry a secret, and these words can end
 * up in a reply's notice or a tool's answer.
 */
export async function describeMcpFailure(error: unknown, url: URL): Promise<string> {
  const status = statusOf(error);
  if (error instanceof UnauthorizedError || status === 401 || status === 403) {
    return `The server needs sign-in (it answered ${status ?? 401}). Arbor can't sign in to MCP servers with OAuth yet; if the server takes a token, add it as a header, e.g. Authorization: Bearer …`;
  }
  if (status !== undefined && status !== -1) {
    return `${url.host} has no MCP server at this address: it answered HTTP ${status}. MCP servers usually end in /mcp or /sse.`;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (status === -1 || /content type|JSON|parse/i.test(message)) {
    return `${url.host} answered, but not as an MCP server does (${message}). Check the address.`;
  }
  if (error instanceof TypeError) {
    if (await isReachable(url)) {
      return `The server at ${url.host} refused this page (CORS). It must allow this origin and the MCP headers, and expose mcp-session-id; see its documentation.`;
    }
    return `Can't reach ${url.host}. Is the server running, at this address?${localNetworkHint(url)}`;
  }
  return `Connecting to ${url.host} failed: ${message}`;
}
