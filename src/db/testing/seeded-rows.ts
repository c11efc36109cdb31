// The rows a database seeded for the upgrade tests holds, in every table Arbor has had;
// seed-version.ts shapes them as each version stored them.
import type { DraftRow, SearchIndexRow, SettingRow, StreamRow } from '../schema';
import type { FolderRow, MessageRow, ProviderRow, SessionRow, TokenCountRow } from '../types';

/** Every table Arbor has had, with the rows a seeded database holds in it. */
export interface ArborRows {
  sessions: SessionRow[];
  messages: MessageRow[];
  settings: SettingRow[];
  streams: StreamRow[];
  drafts: DraftRow[];
  providers: ProviderRow[];
  searchIndex: SearchIndexRow[];
  folders: FolderRow[];
  tokenCounts: TokenCountRow[];
}

const T0 = Date.UTC(2025, 2, 14, 9, 30);

// Ids are chosen so that id order is not creation order: a query that comes back in creation
// order must have used the [sessionId+createdAt] index.
export const ROWS: ArborRows = {
  sessions: [
    {
      id: 'ses-lisbon',
      title: 'Three days in Lisbon',
      titleIsCustom: true,
      createdAt: T0,
      updatedAt: T0 + 5_000,
      model: 'gpt-4o-mini',
      systemPrompt: 'You plan trips. Keep answers short.',
      params: { temperature: 0.7, maxTokens: 800, maxTurns: 4 },
      activeLeafId: 'msg-itinerary',
    },
    {
      id: 'ses-fork',
      title: 'Which train is this?',
      titleIsCustom: false,
      createdAt: T0 + 60_000,
      updatedAt: T0 + 63_000,
      model: 'gpt-4o',
      systemPrompt: 'You plan trips. Keep answers short.',
      params: { temperature: 0.2 },
      activeLeafId: 'msg-train',
      forkedFrom: {
        sessionId: 'ses-lisbon',
        messageId: 'msg-weather',
        title: 'Three days in Lisbon',
      },
    },
    {
      id: 'ses-blank',
      title: 'New chat',
      titleIsCustom: false,
      createdAt: T0 + 120_000,
      updatedAt: T0 + 120_000,
      model: 'llama3.1:8b',
      systemPrompt: '',
      params: {},
      activeLeafId: null,
    },
  ],
  messages: [
    {
      id: 'msg-plan',
      sessionId: 'ses-lisbon',
      parentId: null,
      role: 'user',
      content: 'Plan three days in Lisbon for late March.',
      createdAt: T0 + 1_000,
      status: 'done',
    },
    {
      id: 'msg-lookup',
      sessionId: 'ses-lisbon',
      parentId: 'msg-plan',
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: 'call_weather_1',
          type: 'function',
          function: { name: 'get_weather', arguments: '{"city":"Lisbon","month":3}' },
        },
      ],
      createdAt: T0 + 2_000,
      status: 'done',
      model: 'gpt-4o-mini',
      usage: { prompt_tokens: 41, completion_tokens: 18, total_tokens: 59 },
    },
    {
      id: 'msg-weather',
      sessionId: 'ses-lisbon',
      parentId: 'msg-lookup',
      role: 'tool',
      content: '{"tempC":19,"sky":"clear"}',
      tool_call_id: 'call_weather_1',
      name: 'get_weather',
      createdAt: T0 + 3_000,
      status: 'done',
    },
    {
      id: 'msg-itinerary',
      sessionId: 'ses-lisbon',
      parentId: 'msg-weather',
      role: 'assistant',
      content: 'Day 1: Alfama and the castle.\nDay 2: Belém.\nDay 3: a day trip to Sintra.',
      createdAt: T0 + 4_000,
      status: 'done',
      model: 'gpt-4o-mini',
      usage: { prompt_tokens: 77, completion_tokens: 24, total_tokens: 101 },
    },
    {
      id: 'msg-alt-itinerary',
      sessionId: 'ses-lisbon',
      parentId: 'msg-weather',
      role: 'assistant',
      content: 'Day 1: Baixa and',
      createdAt: T0 + 5_000,
      status: 'stopped',
      model: 'gpt-4o-mini',
    },
    {
      id: 'msg-ticket',
      sessionId: 'ses-fork',
      parentId: null,
      role: 'user',
      content: [
        { type: 'text', text: 'Which train is on this ticket?' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
      ],
      createdAt: T0 + 61_000,
      status: 'done',
    },
    {
      id: 'msg-refused',
      sessionId: 'ses-fork',
      parentId: 'msg-ticket',
      role: 'assistant',
      content: '',
      createdAt: T0 + 62_000,
      status: 'error',
      model: 'gpt-4o',
      error: 'The endpoint answered 429: too many requests.',
    },
    {
      id: 'msg-train',
      sessionId: 'ses-fork',
      parentId: 'msg-ticket',
      role: 'assistant',
      content: '',
      createdAt: T0 + 63_000,
      status: 'streaming',
      model: 'gpt-4o',
    },
  ],
  settings: [
    {
      key: 'endpoint',
      value: {
        baseURL: 'http://localhost:11434/v1',
        apiKey: 'ollama',
        model: 'llama3.1:8b',
        systemPrompt: '',
      },
    },
  ],
  streams: [
    {
      id: 'msg-train',
      content: 'The ticket is for the Alfa Pendular from',
      updatedAt: T0 + 63_400,
    },
  ],
  drafts: [
    { sessionId: 'ses-lisbon', text: 'And where should we eat on day 2?', updatedAt: T0 + 6_000 },
    { sessionId: '', text: 'A recipe for pastéis de nata', updatedAt: T0 + 130_000 },
  ],
  providers: [
    {
      id: 'prov-ollama',
      name: 'Ollama',
      presetId: 'ollama',
      baseURL: 'http://localhost:11434/v1',
      apiKey: 'ollama',
      models: [{ id: 'llama3.1:8b', contextLength: 131_072 }],
      createdAt: T0 - 1_000,
    },
  ],
  // What is stored is opaque here: the search index reads it and rebuilds what it can't use.
  searchIndex: [
    {
      week: Math.floor(T0 / (7 * 24 * 60 * 60 * 1000)),
      format: 1,
      ids: ['msg-plan'],
      index: '{"documentCount":1}',
    },
  ],
  folders: [{ id: 'fld-travel', title: 'Travel', createdAt: T0 - 500, collapsed: false }],
  tokenCounts: [
    { id: 'msg-plan', sessionId: 'ses-lisbon', counts: { o200k_base: 16, cl100k_base: 17 } },
    { id: 'msg-itinerary', sessionId: 'ses-lisbon', counts: { o200k_base: 31 } },
  ],
};

/** Versions 5 to 7 kept token counts on the messages themselves; version 8 moved them. */
export function withCountsOnMessages(messages: readonly MessageRow[]): object[] {
  const counts = new Map(ROWS.tokenCounts.map((row) => [row.id, row.counts]));
  return messages.map((m) => {
    const tokenCounts = counts.get(m.id);
    return tokenCounts ? { ...m, tokenCounts } : m;
  });
}
