// Renders model output as markdown, safely: raw HTML in the text is shown as text, never
// parsed (remarkHtmlAsText), and links with unsafe schemes such as javascript: are emptied
// by react-markdown's default URL transform.
import { memo, type ComponentPropsWithoutRef } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { copyLabel, useCopy } from '../../components/ui/use-copy';
import { remarkHtmlAsText } from './remark-html-as-text';

function CodeBlock(props: ComponentPropsWithoutRef<'pre'>) {
  const { state, copy } = useCopy();
  return (
    <div className="relative my-2">
      <pre
        {...props}
        className="overflow-x-auto rounded-md bg-stone-900 p-3 text-sm text-stone-100"
      />
      <button
        type="button"
        onClick={(event) =>
          copy(event.currentTarget.parentElement?.querySelector('code')?.textContent ?? '')
        }
        className="absolute top-1.5 right-1.5 rounded bg-stone-700 px-2 py-0.5 text-xs text-stone-100 hover:bg-stone-600"
      >
        {copyLabel(state, 'Copy code')}
      </button>
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
