// Text that doesn't compress, for filling a storage quota: IndexedDB compresses what it stores,
// so repeated text fits where this doesn't. Deterministic (the same for the same length and
// seed), and cut into long words so a page can wrap it.

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const WORD = 1000;

/** Exactly `length` characters: random words of up to 999 letters, each followed by a space. */
export function noiseText(length: number, seed = 1): string {
  let state = seed >>> 0 || 1;
  const out: string[] = [];
  for (let i = 0; i < length; i += 1) {
    if (i % WORD === WORD - 1) {
      out.push(' ');
      continue;
    }
    // xorshift32: cheap, deterministic and far from compressible.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out.push(LETTERS.charAt(state % LETTERS.length));
  }
  return out.join('');
}

/** The words that end a noise reply, so a test can tell the whole reply from a part of it. */
export const NOISE_END = 'End of the noise.';

/** What `[mock:noise=N]` replies: N characters of noise, then NOISE_END. */
export function noiseReply(length: number): string {
  return `${noiseText(length)} ${NOISE_END}`;
}
