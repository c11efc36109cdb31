// Answers every tool call of a reply, each with a `tool` message: the tool's result, or what
// happened instead (denied, invalid arguments, failed, timed out, stopped). The calls run side
// by side; each answer is stored as soon as it is known, so a closed tab leaves finished calls
// kept. A reply's calls always all get answers, so the history stays valid for strict servers.
import { addToolAnswer, type ToolAnswer } from '../db/tool-steps-repo';
import { allowToolAlways, listMcpServers } from '../db/mcp-servers-repo';
import type { MessageContent, MessageRow, ToolCall } from '../db/types';
import { callTool } from '../tools/connections';
import type { ChatTools } from './chat-tools';
import { askToRun, forgetCall, showRunning } from './tool-approvals';

/** Stores answers one after another, in the order they arrive, each under the one before. */
function answerWriter(step: MessageRow) {
  const total = step.tool_calls?.length ?? 0;
  let written = 0;
  let queue = Promise.resolve(step.id);
  return {
    write: (answer: ToolAnswer) => {
      queue = queue.then(async (parentId) => {
        written += 1;
        return addToolAnswer(step, parentId, answer, written === total);
      });
      return queue;
    },
    /** The id of the last answer stored. */
    last: () => queue,
  };
}

function isTimeout(error: unknown): boolean {
  // The SDK's McpError for a request that took too long (JSON-RPC code -32001).
  return typeof error === 'object' && error !== null && 'code' in error && error.code === -32001;
}

async function answerCall(
  call: ToolCall,
  step: MessageRow,
  tools: ChatTools,
  signal: AbortSignal,
): Promise<MessageContent> {
  const name = call.function.name;
  const offered = tools.offered.find((t) => t.functionName === name);
  if (!offered) return `Arbor has no tool called “${name}” in this chat, so nothing was run.`;
  // Read again for each call: the server may have been removed, turned off, or allowed since.
  const server = (await listMcpServers()).find((s) => s.id === offered.serverId);
  if (!server?.enabled || server.disabledTools.includes(offered.tool.name)) {
    return `${offered.tool.name} was turned off in Settings, so it was not run.`;
  }
  // The validator is large, and only tool calls need it: loaded with the first one.
  const { checkArguments } = await import('../tools/check-arguments');
  const checked = checkArguments(call.function.arguments, offered.tool);
  if (!checked.ok) return checked.problem;
  const card = { messageId: step.id, serverName: offered.serverName };
  const preapproved = server.dontAsk || server.alwaysAllowed.includes(offered.tool.name);
  if (!preapproved) {
    const decision = await askToRun(call.id, card, signal);
    forgetCall(call.id);
    if (!decision.run) {
      return signal.aborted
        ? 'Stopped by the user before the tool ran.'
        : 'The user denied this call, so the tool was not run.';
    }
    if (decision.always) {
      await allowToolAlways(server.id, offered.tool.name).catch((error: unknown) =>
        console.error('Saving “Always allow” failed', error),
      );
    }
  }
  // Read through a function: TypeScript can't see that awaiting lets a Stop happen.
  const stopped = () => signal.aborted;
  if (stopped()) return 'Stopped by the user before the tool ran.';
  showRunning(call.id, card);
  try {
    const outcome = await callTool(server, offered.tool.name, checked.args, signal);
    return outcome.content;
  } catch (error) {
    if (stopped()) return 'Stopped by the user while the tool ran; there is no result.';
    if (isTimeout(error)) return 'The tool took too long and was given up on; there is no result.';
    console.error('A tool call failed', error);
    const why = error instanceof Error ? error.message : String(error);
    return `The call failed before the tool could answer: ${why}`;
  } finally {
    forgetCall(call.id);
  }
}

/** Runs or refuses each call of `step` and stores the answers; resolves with the last one's id. */
export async function answerToolCalls(
  step: MessageRow,
  tools: ChatTools,
  signal: AbortSignal,
): Promise<string> {
  const answers = answerWriter(step);
  await Promise.all(
    (step.tool_calls ?? []).map(async (call) =>
      answers.write({
        toolCallId: call.id,
        content: await answerCall(call, step, tools, signal).catch((error: unknown) => {
          // Whatever went wrong in Arbor itself, the call still gets its answer.
          console.error('Answering a tool call failed', error);
          forgetCall(call.id);
          return 'The call failed in Arbor before the tool could run.';
        }),
      }),
    ),
  );
  return answers.last();
}

/** Answers every call of `step` with `why`, running none of them. */
export async function refuseToolCalls(step: MessageRow, why: string): Promise<string> {
  const answers = answerWriter(step);
  for (const call of step.tool_calls ?? [])
    void answers.write({ toolCallId: call.id, content: why });
  return answers.last();
}
