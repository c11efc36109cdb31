// A streaming block drawn without the parser must look exactly like the parser's paragraph,
// and anything that could be markup must go to the parser.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from './markdown';
import { isPlainParagraph } from './markdown-blocks';

const PLAIN = [
  'alpha bravo charlie delta echo foxtrot',
  'Well, it depends: the answer is (roughly) 42! Isn\'t it? "Yes."',
  'first line of a paragraph\nsecond line, still the same paragraph',
  'Numbers like 3.14 and 2024 are fine, as is a - b = c.',
  'Ünïcödé wörds, 漢字, and emoji 🌳 are prose too',
];

const MARKUP = [
  '**bold** text',
  'some _emphasis_ here',
  'inline `code` here',
  '# Heading',
  '> quoted',
  '- item',
  '+ item',
  '1. first',
  '2) second',
  'a line\n---',
  'a line\n===',
  '    indented code',
  'see [a link](https://example.com)',
  'visit www.example.com today',
  'visit https://example.com today',
  'write to someone@example.com',
  'a | b',
  '<b>html</b>',
  'fish &amp; chips',
  '~~struck~~',
  'a hard  \nbreak',
  'escaped \\* star',
  'tab\tinside',
  'the area is $\\pi r^2$',
];

function normalized(html: string): string {
  return html.replace(/\s+/g, ' ');
}

describe('plain paragraphs while streaming', () => {
  it.each(PLAIN)('draws %j exactly as markdown would', (text) => {
    expect(isPlainParagraph(text)).toBe(true);
    const parsed = renderToStaticMarkup(<Markdown text={text} />);
    const drawn = renderToStaticMarkup(
      <div className="markdown">
        <p>{text}</p>
      </div>,
    );
    expect(normalized(drawn)).toBe(normalized(parsed));
  });

  it.each(MARKUP)('leaves %j to the markdown parser', (text) => {
    expect(isPlainParagraph(text)).toBe(false);
  });
});
