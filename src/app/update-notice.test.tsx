// The Reload to update notice: hidden until a new version waits, it switches to that version
// when pressed, and Later puts it away.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newVersion } from './new-version';
import { UpdateNotice } from './update-notice';

afterEach(() => {
  cleanup();
  newVersion.getState().later();
});

describe('the update notice', () => {
  it('shows nothing while no new version waits', () => {
    render(<UpdateNotice />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers Reload to update once a new version waits, and pressing it switches to it', () => {
    const update = vi.fn(() => Promise.resolve());
    render(<UpdateNotice />);
    act(() => newVersion.getState().offer(update));

    expect(screen.getByRole('status').textContent).toContain('A new version of Arbor is ready.');
    fireEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(update).toHaveBeenCalledOnce();
  });

  it('goes away on Later without updating', () => {
    const update = vi.fn(() => Promise.resolve());
    render(<UpdateNotice />);
    act(() => newVersion.getState().offer(update));

    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(update).not.toHaveBeenCalled();
  });
});
