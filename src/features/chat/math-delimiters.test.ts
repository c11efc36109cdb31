// Math is found the way models write it, and money and code are left alone.
import { describe, expect, it } from 'vitest';
import { hasMath, normalizeMath } from './math-delimiters';

describe('math delimiters', () => {
  it('reads $…$ and \\(…\\) as inline math', () => {
    expect(normalizeMath('Area $\\pi r^2$ here')).toBe('Area $$\\pi r^2$$ here');
    expect(normalizeMath('so \\(x + 1\\) is')).toBe('so $$x + 1$$ is');
    expect(normalizeMath('a $x$ b')).toBe('a $$x$$ b');
  });

  it('makes $$…$$ and \\[…\\] alone on their lines a display block', () => {
    expect(normalizeMath('Then\n\n$$x^2$$\n\nso')).toBe('Then\n\n$$\nx^2\n$$\n\nso');
    expect(normalizeMath('\\[\n  E = mc^2\n\\]')).toBe('$$\nE = mc^2\n$$');
    expect(normalizeMath('inline \\[a\\] here')).toBe('inline $$a$$ here');
  });

  it('leaves prices as text', () => {
    for (const text of ['It costs $5 and $10.', 'between $5-$10', 'from $20 to $30 a month']) {
      expect(normalizeMath(text)).toBe(text);
      expect(hasMath(text)).toBe(false);
    }
  });

  it('leaves code alone, fenced or inline, and escaped dollars', () => {
    const fenced = '```sh\necho $HOME $PATH\n```';
    expect(normalizeMath(fenced)).toBe(fenced);
    expect(normalizeMath('run `echo $a$` now')).toBe('run `echo $a$` now');
    expect(normalizeMath('\\$5 and \\$6')).toBe('\\$5 and \\$6');
    expect(normalizeMath('```\n\\(x\\)\n```\n\nthen \\(y\\)')).toBe(
      '```\n\\(x\\)\n```\n\nthen $$y$$',
    );
  });

  it('says whether a text has math worth loading the renderer for', () => {
    expect(hasMath('$$x^2$$')).toBe(true);
    expect(hasMath('a \\(b\\) c')).toBe(true);
    expect(hasMath('Just words, and $5.')).toBe(false);
  });
});
