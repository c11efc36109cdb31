import { describe, expect, it } from 'vitest';
import { summaryFromReply } from './summary-prompt';

describe('reading a summary', () => {
  it('takes the summary out of the JSON asked for', () => {
    expect(summaryFromReply('{"summary": "  Budget: 300.  "}')).toBe('Budget: 300.');
  });

  it('takes the text as it is from a server that answered in words', () => {
    expect(summaryFromReply(' Budget: 300. ')).toBe('Budget: 300.');
    expect(summaryFromReply('{"notes": "Budget"}')).toBe('{"notes": "Budget"}');
  });
});
