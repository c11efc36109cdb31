// A failure is told in plain words; a full disk, whichever write met it, is one notice that
// says the storage is full, and a form says so too.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reportFailure, savingFailed } from './report-failure';
import { useUi } from './ui';

const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('reporting failures', () => {
  beforeEach(() => {
    useUi.setState({ notices: [] });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('shows several full-disk failures as one notice that says the storage is full', () => {
    reportFailure('Saving the theme')(full());
    const aborted = Object.assign(new Error('Transaction aborted'), { name: 'AbortError' });
    reportFailure('Forking')(Object.assign(aborted, { inner: full() }));
    const { notices } = useUi.getState();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ tone: 'error', topic: 'disk-full' });
    expect(notices[0]?.text).toMatch(/^Forking failed: this browser’s storage is full\./);
  });

  it('says what went wrong for any other failure, beside other notices', () => {
    reportFailure('Renaming')(new Error('This chat no longer exists.'));
    reportFailure('Forking')(full());
    expect(useUi.getState().notices.map((n) => n.text)).toEqual([
      'Renaming failed: This chat no longer exists. Nothing else was changed; try again.',
      expect.stringMatching(/^Forking failed: this browser’s storage is full/) as unknown,
    ]);
  });

  it('words a form’s failed save by its cause', () => {
    expect(savingFailed('the provider', full())).toMatch(
      /^Could not save the provider: this browser’s storage is full\. What you entered is kept/,
    );
    expect(savingFailed('the provider', new Error('Blocked'))).toBe(
      'Could not save the provider (Blocked). Press Save to try again.',
    );
  });
});
