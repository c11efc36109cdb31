// The session list's virtualizer reads sizes only once the browser has laid the page out: the
// list's size and each row's come from ResizeObserver, which reports after layout. By default
// they are read while React commits, which forces a layout of the whole page inside the first
// render and made it one long task on a cold open. Until then the list's size is its initialRect
// and each row's its estimate. Likewise, the scroll to where the list starts, which the
// virtualizer does as it mounts, is left out: a new list is there already.
import {
  elementScroll,
  measureElement,
  type Rect,
  type VirtualizerOptions,
  type Virtualizer,
} from '@tanstack/react-virtual';

export function observeRectAfterLayout<List extends Element, Row extends Element>(
  instance: Virtualizer<List, Row>,
  onRect: (rect: Rect) => void,
): (() => void) | undefined {
  const list = instance.scrollElement;
  if (!list) return undefined;
  const observer = new ResizeObserver(() =>
    onRect({ width: list.clientWidth, height: list.clientHeight }),
  );
  observer.observe(list, { box: 'content-box' });
  return () => observer.disconnect();
}

export function measureRowAfterLayout<List extends Element, Row extends Element>(
  row: Row,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<List, Row>,
): number {
  if (entry) return measureElement(row, entry, instance);
  const index = instance.indexFromElement(row);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ??
    instance.options.estimateSize(index)
  );
}

/** Lists the virtualizer has scrolled, or been asked to, since they were created. */
const scrolledOnce = new WeakSet<Element>();

/**
 * Scrolls like the virtualizer's own, except the first time for a list, when the virtualizer
 * scrolls it to where it already is: a new element's top.
 */
export function scrollOnceScrolled<List extends Element, Row extends Element>(
  offset: number,
  options: Parameters<VirtualizerOptions<List, Row>['scrollToFn']>[1],
  instance: Virtualizer<List, Row>,
): void {
  const list = instance.scrollElement;
  if (list && !scrolledOnce.has(list)) {
    scrolledOnce.add(list);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}
