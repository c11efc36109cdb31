// Renders model output as markdown, safely: raw HTML in the text is shown as text, never
// parsed (remarkHtmlAsText), and links with unsafe schemes such as javascript: are emptied
// by react-markdown's default URL transform.
import { memo, useRef, type ComponentPropsWithoutRef } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { CodeFrame } from './parts/code-frame';
import { remarkHtmlAsText } from './remark-html-as-text';

function CodeBlock({ children }: ComponentPropsWithoutRef<'pre'>) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref}>
      <CodeFrame copyText={() => ref.current?.querySelector('code')?.textContent ?? ''}>
        {children}
      </CodeFrame>
    </div>
  );
}

const components: Components = {
  // Images in model output are not loaded: a remote image could carry chat text to a server.
  img: ({ src, alt }) =>
    typeof src === 'string' && src ? (
      <a href={src} target="_blank" rel="noopener noreferrer nofollow">
        [image: {alt || src}]
      </a>
    ) : (
      <span>[image: {alt}]</span>
    ),
  pre: ({ node: _node, ...props }) => <CodeBlock {...props} />,
  // A link whose address the URL transform removed (javascript:, data:) reads as plain text.
  a: ({ node: _node, href, ...props }) =>
    href ? (
      <a {...props} href={href} target="_blank" rel="noopener noreferrer nofollow" />
    ) : (
      <span {...props} />
    ),
};

const remarkPlugins = [remarkGfm, remarkHtmlAsText];

export const Markdown = memo(function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown remarkPlugins={remarkPlugins} components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
});
