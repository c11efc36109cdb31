// A session's active path as Markdown, for reading and sharing. Not an import format: the
// branches, ids and statuses that make an export exact are left out on purpose.
import { indexMessages, pathTo } from '../db/tree';
import { ROLE_NAMES, type MessageRow, type SessionRow } from '../db/types';
import { contentText } from '../db/content-text';
import { fence } from './markdown-fence';

function messageMarkdown(m: MessageRow): string {
  const who = [ROLE_NAMES[m.role], m.name, m.role === 'assistant' ? m.model : undefined]
    .filter(Boolean)
    .join(' · ');
  const parts = [`### ${who}`];
  if (m.reasoning) {
    const took = m.reasoningSeconds === undefined ? '' : ` (${m.reasoningSeconds} s)`;
    parts.push(`> **Reasoning**${took}\n>\n${m.reasoning.replace(/^/gm, '> ')}`);
  }
  const text = contentText(m.content);
  if (text) parts.push(m.role === 'tool' ? fence(text) : text);
  for (const call of m.tool_calls ?? []) {
    parts.push(`Tool call \`${call.function.name}\`:\n\n${fence(call.function.arguments)}`);
  }
  if (m.status === 'error' && m.error) parts.push(`> Failed: ${m.error}`);
  if (m.status === 'stopped' || m.status === 'interrupted') parts.push(`> (${m.status})`);
  return parts.join('\n\n');
}

export function sessionMarkdown(
  session: SessionRow,
  messages: readonly MessageRow[],
  now: Date,
): string {
  const path = pathTo(indexMessages(messages), session.activeLeafId);
  const meta = [`Exported from Arbor on ${now.toISOString().slice(0, 10)}`];
  if (session.model) meta.push(`model ${session.model}`);
  const blocks = [`# ${session.title}`, `_${meta.join(' · ')}_`];
  if (session.systemPrompt.trim()) blocks.push(`### System prompt\n\n${session.systemPrompt}`);
  blocks.push(...path.map(messageMarkdown));
  return `${blocks.join('\n\n')}\n`;
}
