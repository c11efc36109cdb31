// What "visible and clickable" means to the probe: laid out with a size, inside the viewport,
// and the element a click at its centre would actually hit (no dialog or overlay on top).

/** The element named "Sessions": a nav labelled by aria-label or by a heading it points at. */
export function sessionsNav(): Element | null {
  for (const nav of document.querySelectorAll('nav')) {
    const labelId = nav.getAttribute('aria-labelledby');
    const label = labelId
      ? document.getElementById(labelId)?.textContent
      : nav.getAttribute('aria-label');
    if (label?.trim() === 'Sessions') return nav;
  }
  return null;
}

export function isHittable(element: Element | null | undefined): boolean {
  if (!element) return false;
  const rect = element.getBoundingClientRect();
  const top = Math.max(rect.top, 0);
  const bottom = Math.min(rect.bottom, window.innerHeight);
  const left = Math.max(rect.left, 0);
  const right = Math.min(rect.right, window.innerWidth);
  if (bottom - top < 1 || right - left < 1) return false;
  const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
  return hit !== null && element.contains(hit);
}

/** The first session in the list or, when there are none, the note that says so. */
export function sessionListContent(): Element | null {
  const nav = sessionsNav();
  return nav?.querySelector('li button') ?? nav?.querySelector('p') ?? null;
}

export function messageElement(id: string): Element | null {
  return document.querySelector(`[data-message-id="${CSS.escape(id)}"]`);
}

export function messageBox(): HTMLTextAreaElement | null {
  return document.querySelector('textarea[aria-label="Message"]');
}

/** True while the composer offers Stop instead of Send, i.e. a reply is streaming. */
export function composerBusy(): boolean {
  const form = messageBox()?.closest('form');
  return [...(form?.querySelectorAll('button') ?? [])].some((b) => b.textContent.trim() === 'Stop');
}

/** The notice Export all shows once the file is handed to the browser. */
export function exportNotice(): Element | null {
  return (
    [...document.querySelectorAll('[role="status"]')].find((e) =>
      e.textContent.startsWith('Exported'),
    ) ?? null
  );
}
