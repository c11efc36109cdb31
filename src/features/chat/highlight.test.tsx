// Highlighting turns code into coloured spans and nothing else: markup in the code stays text.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';

async function drawn(code: string, language: string): Promise<string | null> {
  const nodes = await highlight(code, language);
  return nodes === null ? null : renderToStaticMarkup(<code>{nodes}</code>);
}

describe('highlight', () => {
  it('marks keywords, strings and names with highlight.js classes, by the fence’s alias too', async () => {
    const html = await drawn('const greeting: string = "hi";', 'ts');
    expect(html).toContain('<span class="hljs-keyword">const</span>');
    expect(html).toContain('<span class="hljs-string">&quot;hi&quot;</span>');
    expect(await drawn('def f(): pass', 'PY')).toContain('hljs-keyword');
  });

  it('keeps markup in the code as text, inside spans and nothing else', async () => {
    const code = '<script>alert(1)</script><img src=x onerror="alert(1)">';
    const html = await drawn(code, 'html');
    expect(html).toContain('hljs-tag');
    const text = html?.replace(/<\/?(code|span)( class="[\w -]+")?>/g, '');
    expect(text).toBe(renderToStaticMarkup(<>{code}</>));
  });

  it('leaves a language it has no grammar for to plain text', async () => {
    expect(await drawn('x', 'klingon')).toBeNull();
    expect(await drawn('x', '__proto__')).toBeNull();
  });
});
