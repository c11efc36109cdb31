// Notices: one failure seen by several writes (a full disk) shows one notice. Chats that are
// gone leave no draft or selection behind.
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

describe('forgetChatsExcept', () => {
  it('drops the drafts and selection of chats that are gone, keeping the new chat’s draft', () => {
    useUi.setState({
      drafts: { '': 'new', kept: 'a', gone: 'b' },
      selectedSessionIds: ['kept', 'gone'],
    });
    useUi.getState().forgetChatsExcept(new Set(['kept']));
    expect(useUi.getState().drafts).toEqual({ '': 'new', kept: 'a' });
    expect(useUi.getState().selectedSessionIds).toEqual(['kept']);
  });
});
