// Renders model output as markdown, safely: raw HTML in the text is shown as text, never
// parsed (remarkHtmlAsText), and links with unsafe schemes such as javascript: are emptied
// by react-markdown's default URL transform. A finished block (`settled`) also gets its code
// highlighted and its math typeset, each loaded the first time it is needed.
import { memo, useMemo } from 'react';
import ReactMarkdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { HighlightedCode } from './highlighted-code';
import { normalizeMath } from './math-delimiters';
import { CodeFrame } from './parts/code-frame';
import { remarkHtmlAsText } from './remark-html-as-text';
import { useMath, type MathModule } from './use-math';

// Code parts outside markdown are highlighted by the same chunk (lazy-markdown.tsx).
export { HighlightedCode };

/** The code element a `pre` holds: its text, its language and whether it is display math. */
function codeInside(pre: ExtraProps['node']) {
  const code = pre?.children[0];
  if (code?.type !== 'element' || code.tagName !== 'code') return undefined;
  const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
  const language = classes
    .map(String)
    .find((name) => name.startsWith('language-'))
    ?.slice('language-'.length);
  const text = code.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
  return { text, language, displayMath: classes.includes('math-display') };
}

function componentsFor(settled: boolean, math: MathModule | undefined): Components {
  return {
    // Images in model output are not loaded: a remote image could carry chat text to a server.
    img: ({ src, alt }) =>
      typeof src === 'string' && src ? (
        <a href={src} target="_blank" rel="noopener noreferrer nofollow">
          [image: {alt || src}]
        </a>
      ) : (
        <span>[image: {alt}]</span>
      ),
    pre: ({ node, children }) => {
      const code = codeInside(node);
      if (math && code?.displayMath) return <math.Tex tex={code.text} display />;
      return (
        <CodeFrame copyText={() => code?.text ?? ''} language={code?.language}>
          {children}
        </CodeFrame>
      );
    },
    code: ({ node: _node, className, children }) => {
      // remark-rehype puts a code element's text in it as one string.
      const text = typeof children === 'string' ? children : '';
      if (math && className?.includes('math-inline'))
        return <math.Tex tex={text} display={false} />;
      const language = /(?:^|\s)language-(\S+)/.exec(className ?? '')?.[1];
      if (!language) return <code>{children}</code>;
      return <HighlightedCode code={text} language={language} settled={settled} />;
    },
    // A link whose address the URL transform removed (javascript:, data:) reads as plain text.
    a: ({ node: _node, href, ...props }) =>
      href ? (
        <a {...props} href={href} target="_blank" rel="noopener noreferrer nofollow" />
      ) : (
        <span {...props} />
      ),
  };
}

const remarkPlugins = [remarkGfm, remarkHtmlAsText];

export const Markdown = memo(function Markdown({
  text,
  settled = true,
}: {
  text: string;
  /** False for the block of a reply that is still growing: no highlighting or math yet. */
  settled?: boolean;
}) {
  const math = useMath(settled && text);
  const components = useMemo(() => componentsFor(settled, math), [settled, math]);
  const plugins = useMemo(
    () => (math ? [...remarkPlugins, ...math.mathRemarkPlugins] : remarkPlugins),
    [math],
  );
  return (
    <div className="markdown">
      <ReactMarkdown remarkPlugins={plugins} components={components}>
        {math ? normalizeMath(text) : text}
      </ReactMarkdown>
    </div>
  );
});
