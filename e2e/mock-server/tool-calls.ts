// Owns tool calling: when a request offers tools and `[mock:call=name,…]` asks for them, the reply
// is tool calls, streamed as OpenAI streams them (arguments in pieces, several calls interleaved);
// once the results come back, the reply says what each tool answered.
import { randomUUID } from 'node:crypto';
import { messageText, type ChatMessage, type OfferedTool } from './chat-request';
import type { Directives } from './directives';

export interface PlannedCall {
  id: string;
  name: string;
  arguments: string;
}

/** Made-up arguments: 2, 3, 4… for numbers, "hello" for strings, for each required property. */
function argumentsFor(tool: OfferedTool): Record<string, unknown> {
  const properties = tool.parameters.properties;
  const required = tool.parameters.required;
  if (typeof properties !== 'object' || properties === null || !Array.isArray(required)) return {};
  let next = 2;
  const args: Record<string, unknown> = {};
  for (const name of required as unknown[]) {
    if (typeof name !== 'string') continue;
    const type = (properties as Record<string, { type?: unknown }>)[name]?.type;
    args[name] =
      type === 'number' || type === 'integer' ? next++ : type === 'boolean' ? true : 'hello';
  }
  return args;
}

/** The calls the directives ask for, or none: after results only `callagain` calls again. */
export function plannedCalls(
  directives: Directives,
  messages: ChatMessage[],
  tools: OfferedTool[],
): PlannedCall[] | string {
  if (directives.callTools.length === 0 || tools.length === 0) return [];
  if (messages.at(-1)?.role === 'tool' && !directives.callAgain) return [];
  const calls: PlannedCall[] = [];
  for (const wanted of directives.callTools) {
    const tool = tools.find((t) => t.name === wanted || t.name.endsWith(`__${wanted}`));
    if (!tool)
      return `No tool called ${wanted} was offered (offered: ${tools.map((t) => t.name).join(', ')}).`;
    calls.push({
      id: `call_${randomUUID().replaceAll('-', '').slice(0, 24)}`,
      name: tool.name,
      arguments: directives.badArgs ? '{"a": 2,' : JSON.stringify(argumentsFor(tool)),
    });
  }
  return calls;
}

/** What the trailing tool messages said, by tool: the reply that uses the results. */
export function toolResultsReply(messages: ChatMessage[]): string | undefined {
  if (messages.at(-1)?.role !== 'tool') return undefined;
  const start = messages.findLastIndex((m) => m.role !== 'tool');
  const asked = messages[start]?.toolCalls ?? [];
  const said = messages.slice(start + 1).map((m) => {
    const name = asked.find((call) => call.id === m.toolCallId)?.name ?? 'unknown tool';
    return `${name} → ${messageText(m.content).replace(/\s+/g, ' ').trim()}`;
  });
  return `Tool results: ${said.join('; ')}.`;
}

/** A call's `tool_calls` deltas: the id and name first, then its arguments in three pieces. */
function callDeltas(call: PlannedCall, index: number): object[] {
  const third = Math.ceil(call.arguments.length / 3);
  const pieces = [0, 1, 2]
    .map((i) => call.arguments.slice(i * third, (i + 1) * third))
    .filter((piece) => piece !== '');
  return [
    { index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } },
    ...pieces.map((piece) => ({ index, function: { arguments: piece } })),
  ];
}

/** The deltas of all calls, taking turns so several calls arrive interleaved. */
export function toolCallDeltas(calls: PlannedCall[]): object[][] {
  const perCall = calls.map(callDeltas);
  const longest = Math.max(0, ...perCall.map((d) => d.length));
  const deltas: object[][] = [];
  for (let i = 0; i < longest; i += 1) {
    for (const d of perCall) {
      const delta = d[i];
      if (delta) deltas.push([delta]);
    }
  }
  return deltas;
}
