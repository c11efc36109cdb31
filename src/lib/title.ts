// A session title derived from the first thing the user said.
const MAX_TITLE_LENGTH = 60;

export function titleFromText(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (!oneLine) return '';
  if (oneLine.length <= MAX_TITLE_LENGTH) return oneLine;
  const cut = oneLine.slice(0, MAX_TITLE_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_TITLE_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
