// How the page answers the service worker: a waiting version is offered, not switched to; the
// switch reloads the tab that asked for it, and a tab switched by another one offers a reload.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newVersion } from './new-version';
import { newVersionHandlers } from './new-version-handlers';

afterEach(() => newVersion.getState().later());

function handlers() {
  const activateWaiting = vi.fn(() => Promise.resolve());
  const reload = vi.fn();
  return { activateWaiting, reload, ...newVersionHandlers(activateWaiting, reload) };
}

describe('answering a new version', () => {
  it('offers a waiting version instead of switching to it', () => {
    const { onNeedRefresh, activateWaiting, reload } = handlers();
    onNeedRefresh?.();

    expect(newVersion.getState().update).not.toBeNull();
    expect(activateWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('activates the waiting version when asked, and reloads once it has taken over', async () => {
    const { onNeedRefresh, onNeedReload, activateWaiting, reload } = handlers();
    onNeedRefresh?.();
    await newVersion.getState().update?.();
    expect(activateWaiting).toHaveBeenCalledOnce();
    expect(reload).not.toHaveBeenCalled();

    onNeedReload?.();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('keeps the page of a tab that another tab updated, and offers the reload', async () => {
    const { onNeedRefresh, onNeedReload, activateWaiting, reload } = handlers();
    onNeedRefresh?.();
    onNeedReload?.();
    expect(reload).not.toHaveBeenCalled();

    await newVersion.getState().update?.();
    expect(reload).toHaveBeenCalledOnce();
    expect(activateWaiting).not.toHaveBeenCalled();
  });
});
