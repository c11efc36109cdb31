// A code fence that can hold any text: its backtick run is longer than any run inside the text.
export function fence(text: string, language = ''): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${language === 'unknown' ? '' : language}\n${text}\n${ticks}`;
}
