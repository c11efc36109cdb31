// Which parts a message is drawn as: text, code blocks that stand alone, images, tool calls,
// tool results, and JSON for content Arbor has no renderer for.
import { describe, expect, it } from 'vitest';
import type { MessageRow } from '../../../db/types';
import { messageParts } from './message-parts';

function row(fields: Partial<MessageRow>): MessageRow {
  return {
    id: 'm1',
    sessionId: 's1',
    parentId: null,
    role: 'assistant',
    content: '',
    createdAt: 1,
    status: 'done',
    ...fields,
  };
}

describe('message parts', () => {
  it('keeps the user’s words as one plain text part, code fences and all', () => {
    const text = 'Why does this fail?\n\n```js\nx()\n```';
    expect(messageParts(row({ role: 'user', content: text }), undefined)).toEqual([
      { kind: 'text', text, markdown: false, streaming: false },
    ]);
  });

  it('splits a finished reply into markdown and the code blocks that stand alone', () => {
    const reply = 'Here it is:\n\n```ts\nconst a = 1;\n```\n\nDone.';
    expect(messageParts(row({ content: reply }), undefined)).toEqual([
      { kind: 'text', text: 'Here it is:', markdown: true, streaming: false },
      { kind: 'code', code: 'const a = 1;\n', language: 'ts' },
      { kind: 'text', text: 'Done.', markdown: true, streaming: false },
    ]);
  });

  it('leaves a code block inside other markdown, and two fences with no gap, to markdown', () => {
    const inList = '- step\n  ```\n  code\n  ```';
    const inNumberedList =
      '1. Install:\n\n   ```python\n   def f():\n       return 1\n   ```\n\n2. Run';
    expect(messageParts(row({ content: inNumberedList }), undefined)).toEqual([
      { kind: 'text', text: inNumberedList, markdown: true, streaming: false },
    ]);
    expect(messageParts(row({ content: inList }), undefined)).toEqual([
      { kind: 'text', text: inList, markdown: true, streaming: false },
    ]);
    const twoFences = '```\na\n```\n```\nb\n```';
    expect(messageParts(row({ content: twoFences }), undefined)).toEqual([
      { kind: 'text', text: twoFences, markdown: true, streaming: false },
    ]);
  });

  it('draws a reply that is still streaming as one text part, code blocks included', () => {
    const parts = messageParts(row({ status: 'streaming' }), 'Start\n\n```py\nprint(1)\n```');
    expect(parts).toEqual([
      { kind: 'text', text: 'Start\n\n```py\nprint(1)\n```', markdown: true, streaming: true },
    ]);
  });

  it('adds a part for each tool call after the text', () => {
    const call = { id: 'c1', type: 'function', function: { name: 'add', arguments: '{"a":1}' } };
    const message = row({ content: null, tool_calls: [call] });
    expect(messageParts(message, undefined)).toEqual([
      { kind: 'tool-call', call, messageId: message.id },
    ]);
  });

  it('draws a tool message as its result', () => {
    expect(messageParts(row({ role: 'tool', content: '{"sum":3}' }), undefined)).toEqual([
      { kind: 'tool-result', text: '{"sum":3}' },
    ]);
  });

  it('draws content parts by type: text, images, and JSON for anything else', () => {
    const content = [
      { type: 'text', text: 'Look:' },
      { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
      { type: 'input_audio', input_audio: { data: 'UklGR', format: 'wav' } },
    ];
    expect(messageParts(row({ role: 'user', content }), undefined)).toEqual([
      { kind: 'text', text: 'Look:', markdown: false, streaming: false },
      { kind: 'image', url: 'data:image/png;base64,AAAA' },
      { kind: 'json', label: 'input_audio', value: content[2] },
    ]);
  });

  it('puts reasoning first: thinking while only reasoning has streamed, then kept when stored', () => {
    const streaming = row({ status: 'streaming' });
    expect(messageParts(streaming, '', 'Let me see')[0]).toEqual({
      kind: 'reasoning',
      text: 'Let me see',
      thinking: true,
    });
    expect(messageParts(streaming, 'Four', 'Let me see')[0]).toEqual({
      kind: 'reasoning',
      text: 'Let me see',
      thinking: false,
    });
    expect(messageParts(row({ content: 'Four', reasoning: 'Two and two' }), undefined)).toEqual([
      { kind: 'reasoning', text: 'Two and two', thinking: false },
      { kind: 'text', text: 'Four', markdown: true, streaming: false },
    ]);
    const timed = row({ content: 'Four', reasoning: 'Two and two', reasoningSeconds: 3 });
    expect(messageParts(timed, undefined)[0]).toEqual({
      kind: 'reasoning',
      text: 'Two and two',
      thinking: false,
      seconds: 3,
    });
  });
});
