// While a reply streams, only its finished blocks are highlighted; the block still growing is
// left as plain code until it is finished, so it is never highlighted again at each token.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LazyMarkdown } from './lazy-markdown';

afterEach(cleanup);

const finished = '```ts\nconst finished = 1;\n```';
const growing = '```ts\nconst growing = 2;\n```';

describe('LazyMarkdown', () => {
  it('highlights the finished code blocks of a streaming reply, not the last one', async () => {
    const { container, findAllByText } = render(
      <LazyMarkdown text={`${finished}\n\n${growing}`} streaming />,
    );
    const [keyword] = await findAllByText('const', { selector: '.hljs-keyword' });
    expect(keyword?.closest('code')?.textContent).toContain('finished');
    const codes = container.querySelectorAll('code');
    expect(codes).toHaveLength(2);
    expect(codes[1]?.querySelector('span')).toBeNull();
  });

  it('highlights every block once the reply is done', async () => {
    const { findAllByText } = render(
      <LazyMarkdown text={`${finished}\n\n${growing}`} streaming={false} />,
    );
    expect(await findAllByText('const', { selector: '.hljs-keyword' })).toHaveLength(2);
  });
});
