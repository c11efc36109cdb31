// Telling a full disk from other failures. The browser reports it as a QuotaExceededError, but
// by the time it reaches Arbor it is often wrapped: Dexie puts the browser's error in `inner`,
// a transaction aborted by it fails as an AbortError carrying it, a bulk write lists it among its
// `failures`, and an error from a worker carries it as its `cause`. The one test for all shapes.

const QUOTA = 'QuotaExceededError';
/** Wrappings are shallow; the bound only keeps a cyclic cause from looping forever. */
const MAX_DEPTH = 5;

function fieldOf(value: object, key: string): unknown {
  return key in value ? (value as Record<string, unknown>)[key] : undefined;
}

export function isDiskFull(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > MAX_DEPTH) return false;
  if (fieldOf(error, 'name') === QUOTA) return true;
  const wrapped = [fieldOf(error, 'inner'), fieldOf(error, 'cause')];
  const failures = fieldOf(error, 'failures');
  if (Array.isArray(failures)) wrapped.push(...(failures as unknown[]));
  else if (failures && typeof failures === 'object') {
    wrapped.push(...(Object.values(failures) as unknown[]));
  }
  return wrapped.some((inner) => isDiskFull(inner, depth + 1));
}
