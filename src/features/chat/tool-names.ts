// The name of the tool each tool message answers, read from the calls of the reply before it.
import type { MessageRow } from '../../db/types';

/** Tool names by call id for the drawn rows [from, to) of `path`, and the calls just above them. */
export function toolNamesFor(
  path: readonly MessageRow[],
  from: number,
  to: number,
): Map<string, string> {
  const names = new Map<string, string>();
  let start = from;
  // Answers at the top of the window belong to a reply above it.
  while (start > 0 && path[start]?.role === 'tool') start -= 1;
  for (let i = start; i < to; i += 1) {
    for (const call of path[i]?.tool_calls ?? []) names.set(call.id, call.function.name);
  }
  return names;
}
