// A message's preview is read from the start of its text only, and is what the whole text
// would give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewOf, startOf } from './message-preview';

describe("a message's preview", () => {
  it('is the text on one line, cut at 120 characters', () => {
    const preview = previewOf({ content: `  first line\n\nsecond ${'word '.repeat(40)}` });
    expect(preview.startsWith('first line second word word')).toBe(true);
    expect(preview).toHaveLength(121);
    expect(preview.endsWith('…')).toBe(true);
  });

  it('names the tools a message without text calls', () => {
    const call = {
      id: 'c',
      type: 'function' as const,
      function: { name: 'search', arguments: '{}' },
    };
    expect(previewOf({ content: '', tool_calls: [call] })).toBe('Calls search(…)');
  });

  it('begins as its whole text would with white space made single spaces, however long', () => {
    const piece = fc.constantFrom('word ', ' ', '\n\n', '\t', 'x'.repeat(50), ' '.repeat(300));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        const whole = text.replace(/\s+/g, ' ').trim();
        expect(startOf(text).slice(0, 121)).toBe(whole.slice(0, 121));
      }),
    );
  });
});
