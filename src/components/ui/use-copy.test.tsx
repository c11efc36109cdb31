// The copy button's answer: "Copied" when the clipboard took the text, "Copy failed" when the
// browser refused, and back to its own label a moment later.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyLabel, useCopy } from './use-copy';

function CopyThis({ text }: { text: string }) {
  const { state, copy } = useCopy();
  return (
    <button type="button" onClick={() => copy(text)}>
      {copyLabel(state, 'Copy')}
    </button>
  );
}

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  Reflect.deleteProperty(navigator, 'clipboard');
  vi.restoreAllMocks();
});

describe('copying', () => {
  it('says Copied once the clipboard has the text, then shows its label again', async () => {
    vi.useFakeTimers();
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    render(<CopyThis text="Some **markdown**" />);

    await act(async () => {
      fireEvent.click(screen.getByRole('button'));
      await Promise.resolve();
    });
    expect(writeText).toHaveBeenCalledWith('Some **markdown**');
    expect(screen.getByRole('button').textContent).toBe('Copied');

    act(() => {
      vi.advanceTimersByTime(1500);
    });
    expect(screen.getByRole('button').textContent).toBe('Copy');
  });

  it('says so when the browser refuses the clipboard', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    render(<CopyThis text="x" />);

    await act(async () => {
      fireEvent.click(screen.getByRole('button'));
      await Promise.resolve();
    });
    expect(screen.getByRole('button').textContent).toBe('Copy failed');
  });
});
