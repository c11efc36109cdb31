// The page's side of the context worker: one worker for the page's life (its tokenizer stays
// loaded), started again if it dies. The tools a chat offers are looked up here, on the page,
// where its MCP servers are connected, so the report counts them as the next request will.
import type { SessionRow } from '../db/types';
import { functionTools } from '../tools/function-tools';
import { openWorker, type WorkerOf } from '../workers/clients';
import { toolsForChat } from './chat-tools';
import type { ContextReport } from './inspect-context';

let worker: WorkerOf<'context'> | undefined;

export async function reportContext(session: SessionRow): Promise<ContextReport> {
  const { offered } = await toolsForChat(session);
  // One that crashed or was closed is replaced.
  if (!worker || worker.closed) worker = openWorker('context');
  return worker.call('inspect', {
    sessionId: session.id,
    ...(offered.length > 0 ? { tools: functionTools(offered) } : {}),
  });
}
