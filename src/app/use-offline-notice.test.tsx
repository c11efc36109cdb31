// The offline notice: shown when Arbor opens without a connection and whenever the connection
// goes, kept while offline, gone once the connection is back, and not shown while online.
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useUi } from '../store/ui';
import { OFFLINE_NOTICE, useOfflineNotice } from './use-offline-notice';

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { value: online, configurable: true });
}

const noticeTexts = () => useUi.getState().notices.map((n) => n.text);

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'onLine');
  useUi.setState({ notices: [] });
});

describe('the offline notice', () => {
  it('says nothing while online', () => {
    setOnline(true);
    renderHook(() => useOfflineNotice());
    expect(noticeTexts()).toEqual([]);
  });

  it('tells the user when Arbor opens offline', () => {
    setOnline(false);
    renderHook(() => useOfflineNotice());
    expect(noticeTexts()).toEqual([OFFLINE_NOTICE]);
  });

  it('tells the user when the connection goes', () => {
    setOnline(true);
    renderHook(() => useOfflineNotice());
    act(() => {
      setOnline(false);
      window.dispatchEvent(new Event('offline'));
    });
    expect(noticeTexts()).toEqual([OFFLINE_NOTICE]);
  });

  it('keeps one notice while offline, however often the connection drops, and drops it once back', () => {
    setOnline(false);
    renderHook(() => useOfflineNotice());
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(noticeTexts()).toEqual([OFFLINE_NOTICE]);
    act(() => {
      setOnline(true);
      window.dispatchEvent(new Event('online'));
    });
    expect(noticeTexts()).toEqual([]);
  });
});
