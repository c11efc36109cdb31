import { describe, expect, it } from 'vitest';
import { markdownBlocks } from './markdown-blocks';

describe('markdown blocks', () => {
  it('splits paragraphs at blank lines', () => {
    expect(markdownBlocks('# Title\n\nFirst para\nstill first\n\nSecond')).toEqual([
      '# Title',
      'First para\nstill first',
      'Second',
    ]);
  });

  it('never splits inside a code fence, even at blank lines', () => {
    const text = 'Intro\n\n```ts\nconst a = 1;\n\nconst b = 2;\n```\n\nAfter';
    expect(markdownBlocks(text)).toEqual([
      'Intro',
      '```ts\nconst a = 1;\n\nconst b = 2;\n```',
      'After',
    ]);
  });

  it('keeps an unclosed fence of a streaming reply as one growing block', () => {
    expect(markdownBlocks('Look:\n\n```py\nx = 1\n\ny = 2')).toEqual([
      'Look:',
      '```py\nx = 1\n\ny = 2',
    ]);
  });

  it('joins back to the same text apart from runs of blank lines', () => {
    const text = 'a\n\nb\n\n```\nc\n\nd\n```';
    expect(markdownBlocks(text).join('\n\n')).toBe(text);
  });
});
