// About how much room an import takes once stored: the length of its rows as JSON. IndexedDB's
// own overhead, and its compression, make the real figure differ, so it is only ever said as
// "about". Rows are measured one at a time, so a big import is never serialized whole.
import type { Candidate } from './candidate';

export function importBytes(write: readonly Pick<Candidate, 'session' | 'messages'>[]): number {
  let bytes = 0;
  for (const { session, messages } of write) {
    bytes += JSON.stringify(session).length;
    for (const message of messages) bytes += JSON.stringify(message).length;
  }
  return bytes;
}
