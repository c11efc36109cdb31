// Realistic chat text for the generator: user questions of mixed length and assistant replies
// made of markdown paragraphs, lists, headings, tables and fenced code.
import type { Random } from './random';

const WORDS = (
  'the a to of and in is it that for on with as this be are you can use your an or by not ' +
  'from at have if will one when which all but so more we then should also value function ' +
  'state data request response cache index query table row column server client browser ' +
  'message session branch tree fork export import stream token model reply prompt update ' +
  'render component hook effect memo list scroll virtual layout paint frame thread worker ' +
  'transaction write read store key version schema migrate error retry timeout network ' +
  'array object string number promise async await return type interface generic module ' +
  'build bundle chunk lazy load test assert mock fixture deploy config option default'
).split(' ');

const LANGS = ['ts', 'python', 'bash', 'json', 'sql'] as const;

const CODE_LINES: Record<(typeof LANGS)[number], readonly string[]> = {
  ts: [
    'const rows = await db.messages.where("sessionId").equals(id).toArray();',
    'export function pathTo(index: Map<string, Row>, leaf: string | null): Row[] {',
    '  if (!leaf) return [];',
    'for (const row of rows) byParent.get(row.parentId ?? "")?.push(row);',
    'return items.filter((item) => item.status !== "error");',
    '}',
    'type Reply = { content: string; status: "done" | "stopped" };',
    'const controller = new AbortController();',
  ],
  python: [
    'def load_rows(path: str) -> list[dict]:',
    '    with open(path) as handle:',
    '        return json.load(handle)',
    'for index, row in enumerate(rows):',
    '    print(f"{index}: {row[\'title\']}")',
    'result = {key: value for key, value in pairs if value}',
    'import json',
  ],
  bash: [
    'npm run build && npm run bench',
    'curl -s http://localhost:4090/v1/models | jq .',
    'export OPENAI_BASE_URL=http://localhost:11434/v1',
    'grep -rn "TODO" src | wc -l',
  ],
  json: ['{', '  "model": "mock-small",', '  "stream": true,', '  "temperature": 0.7', '}'],
  sql: [
    'SELECT id, title FROM sessions ORDER BY updated_at DESC LIMIT 50;',
    'CREATE INDEX idx_messages_session ON messages (session_id);',
    'UPDATE messages SET content = ? WHERE id = ?;',
  ],
};

function sentence(r: Random): string {
  const count = r.int(5, 17);
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = r.pick(WORDS);
    const roll = r.next();
    words.push(roll < 0.04 ? `\`${word}()\`` : roll < 0.07 ? `**${word}**` : word);
  }
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${r.chance(0.15) ? '?' : '.'}`;
}

function paragraph(r: Random, min = 2, max = 5): string {
  const count = r.int(min, max);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(sentence(r));
  return parts.join(' ');
}

function list(r: Random): string {
  const ordered = r.chance(0.4);
  const count = r.int(2, 5);
  const items: string[] = [];
  for (let i = 0; i < count; i++) items.push(`${ordered ? `${i + 1}.` : '-'} ${sentence(r)}`);
  return items.join('\n');
}

function code(r: Random): string {
  const lang = r.pick(LANGS);
  const count = r.int(3, 10);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(r.pick(CODE_LINES[lang]));
  return `\`\`\`${lang}\n${lines.join('\n')}\n\`\`\``;
}

function table(r: Random): string {
  const rows = r.int(2, 5);
  const lines = ['| option | default | effect |', '| --- | --- | --- |'];
  for (let i = 0; i < rows; i++)
    lines.push(`| ${r.pick(WORDS)} | ${r.int(0, 500)} | ${sentence(r)} |`);
  return lines.join('\n');
}

function heading(r: Random): string {
  return `### ${sentence(r).slice(0, 40).replace(/[.?]$/, '')}`;
}

export function userText(r: Random): string {
  const roll = r.next();
  if (roll < 0.04) return `${paragraph(r, 1, 2)}\n\n${code(r)}\n\n${paragraph(r, 4, 8)}`;
  if (roll < 0.15) return `${paragraph(r, 1, 1)}\n\n${code(r)}`;
  return paragraph(r, 1, 2);
}

export function assistantText(r: Random): string {
  const blocks: string[] = [paragraph(r, 1, 3)];
  const count = r.chance(0.08) ? r.int(4, 8) : r.int(0, 3);
  for (let i = 0; i < count; i++) {
    const roll = r.next();
    if (roll < 0.3) blocks.push(paragraph(r));
    else if (roll < 0.55) blocks.push(list(r));
    else if (roll < 0.8) blocks.push(code(r));
    else if (roll < 0.92) blocks.push(`${heading(r)}\n\n${paragraph(r)}`);
    else blocks.push(table(r));
  }
  return blocks.join('\n\n');
}

/** A short title like the app derives from a first message. */
export function titleFrom(text: string): string {
  const firstLine = text.split('\n')[0] ?? '';
  return firstLine.replace(/[`*]/g, '').slice(0, 48).trim() || 'Untitled';
}
