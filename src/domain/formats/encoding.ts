/** The text encodings an import reads; anything else shows as replacement characters. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * How to decode a file, from its first bytes: a UTF-16 byte order mark (Excel's "Unicode
 * text"), else UTF-8 if the bytes are valid UTF-8, else Windows-1252, which is what Excel on
 * Windows writes for "CSV" (ä as the single byte E4). A character cut off at the end of the
 * head does not count as invalid.
 */
export function guessEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}
