// A seeded random source (xmur3 hash of the seed text into sfc32): the same seed gives the same inventory, on any machine.

export type Random = () => number;

function xmur3(text: string): () => number {
  let h = 1779033703 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  return () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
}

/** Numbers in [0, 1) from the seed text. */
export function seeded(seed: string): Random {
  const hash = xmur3(seed);
  let a = hash(), b = hash(), c = hash(), d = hash();
  return () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

export const between = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

const bytes = Buffer.alloc(16);

/** A version-4 UUID from the random source; `replace` returns one flat string (a rope of parts costs ~1 KB each). */
export function uuid(random: Random): string {
  for (let i = 0; i < 16; i++) bytes[i] = Math.floor(random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  return bytes.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

/** The same text as one flat string, for text kept by the hundred thousand (see uuid). */
export const flat = (text: string): string => text.replace(/^/, '');
