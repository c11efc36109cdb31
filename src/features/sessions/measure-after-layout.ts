// The session list's virtualizer reads sizes only once the browser has laid the page out: the
// list's size and each row's come from ResizeObserver, which reports after layout. By default
// they are read while React commits, which forces a layout of the whole page inside the first
// render and made it one long task on a cold open. Until then the list's size is its initialRect
// and each row's its estimate.
import { measureElement, type Rect, type Virtualizer } from '@tanstack/react-virtual';

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
