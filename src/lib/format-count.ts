// A count as Arbor shows it: 128,000. One formatter made once: `toLocaleString('en')` builds a
// new one at every call, and the status line formats four counts at every render.
const counts = new Intl.NumberFormat('en');

export function formatCount(value: number): string {
  return counts.format(value);
}
