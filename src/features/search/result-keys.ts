// The arrow keys move through the search results as through one list: Down from the search
// box to the first, Up from the first back to the box, Home and End to either end. Enter on a
// result opens it, as on any link.
import type { KeyboardEvent } from 'react';

const RESULT = 'a[data-search-result]';
const BOX = 'input[type="search"]';

function within(element: Element): ParentNode {
  return element.closest('dialog') ?? document;
}

function results(from: Element): HTMLElement[] {
  return [...within(from).querySelectorAll<HTMLElement>(RESULT)];
}

/** On the search box: Down goes to the first result. */
export function onSearchBoxKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
  if (event.key !== 'ArrowDown') return;
  const first = results(event.currentTarget)[0];
  if (!first) return;
  event.preventDefault();
  first.focus();
}

/** On the results: Up and Down move by one, Home and End to either end. */
export function onResultsKeyDown(event: KeyboardEvent<HTMLElement>): void {
  const all = results(event.currentTarget);
  const at = all.indexOf(document.activeElement as HTMLElement);
  if (at === -1) return;
  let next: HTMLElement | null | undefined;
  if (event.key === 'ArrowDown') next = all[Math.min(at + 1, all.length - 1)];
  else if (event.key === 'ArrowUp')
    next = at === 0 ? within(event.currentTarget).querySelector<HTMLElement>(BOX) : all[at - 1];
  else if (event.key === 'Home') next = all[0];
  else if (event.key === 'End') next = all.at(-1);
  else return;
  event.preventDefault();
  next?.focus();
}
