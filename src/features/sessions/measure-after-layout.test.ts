import { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it, vi } from 'vitest';
import { scrollOnceScrolled } from './measure-after-layout';

/** A virtualizer over `list`, mounted: it has made its first scroll, through `scrollToFn`. */
function mountedOn(
  list: HTMLDivElement,
  scrollToFn: typeof scrollOnceScrolled<HTMLDivElement, HTMLDivElement> = scrollOnceScrolled,
) {
  const instance = new Virtualizer<HTMLDivElement, HTMLDivElement>({
    count: 100,
    getScrollElement: () => list,
    estimateSize: () => 40,
    scrollToFn,
    observeElementRect: () => undefined,
    observeElementOffset: () => undefined,
  });
  instance._willUpdate();
  return instance;
}

function listWithScrolls() {
  const list = document.createElement('div');
  // jsdom lays nothing out: a list of 100 rows of 40 px in a 400 px box.
  Object.defineProperties(list, {
    scrollHeight: { value: 4_000 },
    clientHeight: { value: 400 },
  });
  const scrollTo = vi.fn();
  list.scrollTo = scrollTo;
  return { list, scrollTo };
}

describe('scrolling the session list', () => {
  it('leaves a new list at its top when the virtualizer first scrolls it there, and scrolls it ever after', () => {
    const { list, scrollTo } = listWithScrolls();
    const instance = mountedOn(list);
    expect(scrollTo).not.toHaveBeenCalled();

    instance.scrollToOffset(400);
    expect(scrollTo).toHaveBeenLastCalledWith(expect.objectContaining({ top: 400 }));
    instance.scrollToOffset(0);
    expect(scrollTo).toHaveBeenLastCalledWith(expect.objectContaining({ top: 0 }));
    expect(scrollTo).toHaveBeenCalledTimes(2);
  });

  it('scrolls a new list the first time when it is asked to go anywhere but the top', () => {
    const { list, scrollTo } = listWithScrolls();
    // Mounted without this scroll function, so its first call is the one below.
    const instance = mountedOn(list, () => undefined);
    scrollOnceScrolled(100, { adjustments: 20 }, instance);
    expect(scrollTo).toHaveBeenCalledWith({ top: 120, behavior: undefined });
  });
});
