// Notices: one failure seen by several writes (a full disk) shows one notice.
import { beforeEach, describe, expect, it } from 'vitest';
import { useUi } from './ui';

const texts = () => useUi.getState().notices.map((n) => n.text);

describe('notices', () => {
  beforeEach(() => useUi.setState({ notices: [] }));

  it('keeps notices on no topic side by side', () => {
    useUi.getState().notify({ tone: 'info', text: 'Saved.' });
    useUi.getState().notify({ tone: 'info', text: 'Exported.' });
    expect(texts()).toEqual(['Saved.', 'Exported.']);
  });

  it('replaces a notice with a newer one on the same topic, and leaves the others', () => {
    useUi.getState().notify({ tone: 'info', text: 'Saved.' });
    useUi
      .getState()
      .notify({ tone: 'error', topic: 'disk-full', text: 'The draft was not saved.' });
    useUi
      .getState()
      .notify({ tone: 'error', topic: 'disk-full', text: 'The message was not sent.' });
    expect(texts()).toEqual(['Saved.', 'The message was not sent.']);
  });
});
