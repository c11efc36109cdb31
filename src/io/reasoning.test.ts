// A reply's reasoning is kept with it and shown in a Markdown export, but never goes back to a
// model: requests are built from the OpenAI fields only.
import { describe, expect, it } from 'vitest';
import type { MessageRow, SessionRow } from '../db/types';
import { requestMessages, sendableRows } from '../llm/request-messages';
import { sessionMarkdown } from './export-markdown';

const session: SessionRow = {
  id: 's',
  title: 'Primes',
  titleIsCustom: false,
  createdAt: 1,
  updatedAt: 3,
  model: '',
  systemPrompt: '',
  params: {},
  activeLeafId: 'a',
};

const rows: MessageRow[] = [
  {
    id: 'q',
    sessionId: 's',
    parentId: null,
    createdAt: 1,
    status: 'done',
    role: 'user',
    content: 'Is 91 prime?',
  },
  {
    id: 'a',
    sessionId: 's',
    parentId: 'q',
    createdAt: 2,
    status: 'done',
    role: 'assistant',
    content: 'No: 91 = 7 × 13.',
    reasoning: 'Try small factors.\n7 × 13 = 91.',
    reasoningSeconds: 3,
  },
];

describe('reasoning', () => {
  it('is never part of a request', () => {
    const sent = requestMessages('', sendableRows(rows));
    expect(sent).toEqual([
      { role: 'user', content: 'Is 91 prime?' },
      { role: 'assistant', content: 'No: 91 = 7 × 13.' },
    ]);
    expect(JSON.stringify(sent)).not.toContain('small factors');
    expect(JSON.stringify(sent)).not.toContain('reasoning');
  });

  it('is shown as a quoted block before the reply in Markdown', () => {
    const markdown = sessionMarkdown(session, rows, new Date('2026-01-01T00:00:00Z'));
    expect(markdown).toContain(
      '> **Reasoning** (3 s)\n>\n> Try small factors.\n> 7 × 13 = 91.\n\nNo: 91 = 7 × 13.',
    );
  });
});
