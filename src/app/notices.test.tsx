// A notice goes by itself after a while, except one about something that lasts (a full disk, a
// lost connection), which stays until that is over or the user dismisses it.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useUi } from '../store/ui';
import { Notices } from './notices';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  useUi.setState({ notices: [] });
});

describe('notices', () => {
  it('lets a passing notice go after a while and keeps one about the connection', () => {
    vi.useFakeTimers();
    const { notify } = useUi.getState();
    notify({ tone: 'info', text: 'Chat deleted.' });
    notify({ tone: 'info', topic: 'offline', text: "You're offline." });
    render(<Notices />);
    expect(screen.getAllByRole('status').map((n) => n.textContent)).toEqual([
      expect.stringContaining('Chat deleted.'),
      expect.stringContaining("You're offline."),
    ]);
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getAllByRole('status').map((n) => n.textContent)).toEqual([
      expect.stringContaining("You're offline."),
    ]);
  });
});
