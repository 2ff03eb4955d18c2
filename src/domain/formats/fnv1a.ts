/**
 * FNV-1a, 32 bit: fast, non-cryptographic, and easy to feed piece by piece. Good enough to tell
 * files and places apart; nothing here needs to withstand someone forging a collision.
 */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function fnv1aBytes(bytes: Uint8Array, hash = FNV_OFFSET): number {
  let h = hash;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** Over UTF-16 code units: only for keys made and compared within this program. */
export function fnv1aString(text: string, hash = FNV_OFFSET): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** A hash of a file's bytes, fed chunk by chunk as the file is read. */
export interface ContentHash {
  update(bytes: Uint8Array): void;
  /** Eight lowercase hex digits. */
  hex(): string;
}

export function createContentHash(): ContentHash {
  let hash = FNV_OFFSET;
  return {
    update(bytes) {
      hash = fnv1aBytes(bytes, hash);
    },
    hex: () => hash.toString(16).padStart(8, '0'),
  };
}
