// Each kind of part draws with its own renderer, and what a model or a tool wrote is shown as
// text, never as markup.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MessagePartView } from './message-part-view';
import type { MessagePart } from './message-parts';
import { reasoningSummary } from './reasoning-part';

const draw = (part: MessagePart) => renderToStaticMarkup(<MessagePartView part={part} />);

describe('message part renderers', () => {
  it('draws the user’s text as typed, markup included', () => {
    const html = draw({ kind: 'text', text: '<b>hi</b>', markdown: false, streaming: false });
    expect(html).toContain('&lt;b&gt;hi&lt;/b&gt;');
  });

  it('draws a code part as code with its language and a Copy code button', () => {
    const html = draw({ kind: 'code', code: '<script>alert(1)</script>', language: 'html' });
    expect(html).toContain('class="language-html"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Copy code');
  });

  it('shows an inline image and only links to a remote one', () => {
    expect(draw({ kind: 'image', url: 'data:image/png;base64,AAAA' })).toContain(
      '<img src="data:image/png;base64,AAAA"',
    );
    const remote = draw({ kind: 'image', url: 'https://example.com/x.png' });
    expect(remote).not.toContain('<img');
    expect(remote).toContain('href="https://example.com/x.png"');
    expect(draw({ kind: 'image', url: 'javascript:alert(1)' })).not.toContain('javascript:');
  });

  it('draws reasoning collapsed, as text', () => {
    const html = draw({
      kind: 'reasoning',
      text: 'First <img src=x onerror=alert(1)> then',
      thinking: false,
    });
    expect(html).toMatch(/^<details[^>]*><summary[^>]*>Reasoning<\/summary>/);
    expect(html).not.toContain('<details open');
    expect(html).toContain('First &lt;img src=x onerror=alert(1)&gt; then');
  });

  it('says how long the model thought, where that is known', () => {
    const html = draw({ kind: 'reasoning', text: 'Hmm', thinking: false, seconds: 12 });
    expect(html).toMatch(/<summary[^>]*>Thought for 12 s<\/summary>/);
    expect(reasoningSummary(0)).toBe('Thought for a moment');
    expect(reasoningSummary(59)).toBe('Thought for 59 s');
    expect(reasoningSummary(60)).toBe('Thought for 1 min');
    expect(reasoningSummary(135)).toBe('Thought for 2 min 15 s');
  });

  it('draws a tool call with its name and its arguments formatted', () => {
    const call = { id: 'c1', type: 'function', function: { name: 'add', arguments: '{"a":1}' } };
    const html = draw({ kind: 'tool-call', call, messageId: 'm1' });
    expect(html).toContain('add');
    expect(html).toContain('{\n  &quot;a&quot;: 1\n}');
  });

  it('draws a tool result as formatted JSON, or as markdown that shows HTML as text', () => {
    expect(draw({ kind: 'tool-result', text: '[1,2]' })).toContain('[\n  1,\n  2\n]');
    // The markdown renderer loads on demand; until then the text is drawn as it is.
    const html = draw({ kind: 'tool-result', text: '<img src=x onerror=alert(1)>' });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('draws unknown content as labelled JSON with long values cut short', () => {
    const html = draw({ kind: 'json', label: 'input_audio', value: { data: 'A'.repeat(500) } });
    expect(html).toContain('input_audio');
    expect(html).toContain('(500 characters)');
    expect(html).not.toContain('A'.repeat(201));
  });
});
