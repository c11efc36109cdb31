// A small seeded generator of Arbor data for tests: sessions whose trees have branches, forks
// (forkedFrom), tool calls and their results, Unicode, content-part arrays, replies with their
// reasoning and every message status. The same seed always gives the same rows.
import type { ContentPart, MessageRow, MessageStatus, SessionRow } from '../../db/types';

export interface GeneratedDb {
  sessions: SessionRow[];
  messages: MessageRow[];
}

/** mulberry32: a tiny deterministic PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = [
  'héllo 🌳 世界',
  'she said "hi" and \'bye\'',
  'C:\\path\\to\\file \\n not a newline',
  '{"role":"system","content":"not really"}',
  '<script>alert(1)</script> stays text',
  '\u200d👩‍💻 zero-width joiner, RTL עברית, combining é',
  '```ts\nconst x = 1;\n```',
  '',
];

const STATUSES: MessageStatus[] = ['done', 'done', 'done', 'stopped', 'error', 'interrupted'];

export function generateDb(seed: number, sessionCount = 6): GeneratedDb {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  let counter = 0;
  const id = () =>
    `g${seed}-${(counter++).toString(36)}-${Math.floor(random() * 1e9).toString(36)}`;
  const sessions: SessionRow[] = [];
  const messages: MessageRow[] = [];
  let clock = 1_700_000_000_000 + seed * 1000;

  for (let s = 0; s < sessionCount; s++) {
    const sessionId = id();
    const rows: MessageRow[] = [];
    const count = s === 0 ? 0 : 1 + Math.floor(random() * 12);
    for (let i = 0; i < count; i++) {
      const parent = rows.length === 0 || random() < 0.1 ? null : pick(rows);
      const role = !parent
        ? 'user'
        : parent.role === 'user'
          ? 'assistant'
          : pick(['user', 'tool', 'system'] as const);
      const row: MessageRow = {
        id: id(),
        sessionId,
        parentId: parent?.id ?? null,
        role,
        content: pick(TEXTS),
        createdAt: (clock += 1 + Math.floor(random() * 5000)),
        status: role === 'assistant' ? pick(STATUSES) : 'done',
      };
      if (random() < 0.25) {
        const parts: ContentPart[] = [
          { type: 'text', text: pick(TEXTS) },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,AA==', detail: 'low' } },
        ];
        row.content = random() < 0.2 ? [] : parts;
      }
      if (role === 'assistant' && random() < 0.3) {
        row.content = null;
        row.tool_calls = [
          {
            id: `call_${i}`,
            type: 'function',
            function: { name: 'lookup', arguments: JSON.stringify({ q: pick(TEXTS) }) },
          },
        ];
      }
      if (role === 'tool') {
        row.tool_call_id = `call_${i}`;
        row.name = 'lookup';
      }
      if (role === 'assistant') {
        row.model = pick(['gpt-4o', 'llama3.1:8b', 'mistral-small']);
        // Replies written before providers existed have none.
        if (i % 3 !== 0) row.provider = i % 3 === 1 ? 'OpenAI' : 'Local Ollama';
        if (random() < 0.5)
          row.usage = { prompt_tokens: i * 7, completion_tokens: i * 3, total_tokens: i * 10 };
        if (row.status === 'error')
          row.error = 'The server had a problem (500). Try again in a moment.';
        // Chosen without the generator so the rest of each seed's data stays as it was.
        if (i % 4 === 1) row.reasoning = `Thinking it over: ${TEXTS[(s + i) % TEXTS.length]}`;
        if (i % 8 === 1) row.reasoningSeconds = i % 90;
      }
      rows.push(row);
    }
    const parents = new Set(rows.map((r) => r.parentId));
    const leaves = rows.filter((r) => !parents.has(r.id));
    const session: SessionRow = {
      id: sessionId,
      title: s === 0 ? 'New chat' : `${pick(TEXTS) || 'Untitled'} #${s}`,
      titleIsCustom: random() < 0.5,
      createdAt: (clock += 10),
      updatedAt: clock + 5000,
      model: pick(['gpt-4o', '', 'qwen2.5']),
      systemPrompt: pick(['', 'Be brief.', 'Réponds en français 🇫🇷']),
      params: random() < 0.5 ? {} : { temperature: 0.7, maxTokens: 512, maxTurns: 4 },
      activeLeafId: leaves.length ? pick(leaves).id : null,
    };
    const source = sessions.length > 1 ? pick(sessions) : undefined;
    const sourceMessage = source ? messages.find((m) => m.sessionId === source.id) : undefined;
    if (source && sourceMessage && random() < 0.5) {
      session.forkedFrom = {
        sessionId: source.id,
        messageId: sourceMessage.id,
        title: source.title,
      };
    }
    sessions.push(session);
    messages.push(...rows);
  }
  return { sessions, messages };
}
