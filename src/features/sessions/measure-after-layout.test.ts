import { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it, vi } from 'vitest';
import { scrollOnceScrolled } from './measure-after-layout';

/** A virtualizer over a list whose scrolls are recorded, as it is once mounted. */
function mountedOn(list: HTMLDivElement) {
  const instance = new Virtualizer<HTMLDivElement, HTMLDivElement>({
    count: 100,
    getScrollElement: () => list,
    estimateSize: () => 40,
    scrollToFn: () => undefined,
    observeElementRect: () => undefined,
    observeElementOffset: () => undefined,
  });
  instance._willUpdate();
  return instance;
}

function listWithScrolls() {
  const list = document.createElement('div');
  const scrollTo = vi.fn();
  list.scrollTo = scrollTo;
  return { list, scrollTo };
}

describe('scrolling the session list', () => {
  it('leaves a new list at its top when the virtualizer first scrolls it there, and scrolls it ever after', () => {
    const { list, scrollTo } = listWithScrolls();
    const instance = mountedOn(list);

    scrollOnceScrolled(0, {}, instance);
    expect(scrollTo).not.toHaveBeenCalled();

    scrollOnceScrolled(400, {}, instance);
    expect(scrollTo).toHaveBeenLastCalledWith({ top: 400, behavior: undefined });
    scrollOnceScrolled(0, {}, instance);
    expect(scrollTo).toHaveBeenLastCalledWith({ top: 0, behavior: undefined });
    expect(scrollTo).toHaveBeenCalledTimes(2);
  });

  it('scrolls a new list the first time when it is asked to go anywhere but the top', () => {
    const { list, scrollTo } = listWithScrolls();
    scrollOnceScrolled(100, { adjustments: 20 }, mountedOn(list));
    expect(scrollTo).toHaveBeenCalledWith({ top: 120, behavior: undefined });
  });
});
