/*
 * The word mixing of the explorer's 64-bit state hash: murmur3_32's block
 * step and finaliser (Appleby, public domain), run as two 32-bit lanes with
 * different seeds. Pure arithmetic, no allocation: it runs for every
 * explored state.
 */

/** One 32-bit word into the running hash h (murmur3_32's block step). */
export function mixWord(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** murmur3's finaliser: every input bit flips each output bit with probability 1/2. */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The seeds of the two lanes (constants, not an array: destructuring one allocates an iterator). */
export const SEED_LO = 0x2545f491;
export const SEED_HI = 0x6b43a9b5;
