/**
 * 256-bit PDQ hashes as 64 hex digits in ThreatExchange's Hash256::format order: sixteen 16-bit
 * words, word 15 first. Bit (i*16 + j), set when coefficient (i, j) exceeds the median, is bit j of
 * word i. Every published PDQ value (ThreatExchange, python-threatexchange, the Java and Rust
 * ports) uses this text form, so hashes can be compared with theirs.
 */

export const PDQ_HEX_LENGTH = 64;
const hexPattern = /^[0-9a-f]{64}$/i;

export function isPdqHex(text: string): boolean {
  return hexPattern.test(text);
}

/** Hex of the bits `coefficient[k] > threshold`, k = 0..255. */
export function bitsAboveToHex(coefficients: Float32Array, threshold: number): string {
  const words = new Uint16Array(16);
  for (let k = 0; k < 256; k++) {
    if (coefficients[k]! > threshold) words[k >> 4] = words[k >> 4]! | (1 << (k & 15));
  }
  let hex = '';
  for (let w = 15; w >= 0; w--) hex += words[w]!.toString(16).padStart(4, '0');
  return hex;
}

const nibbleBits = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

/** Number of differing bits between two PDQ hashes (0..256). Throws on text that is not 64 hex digits. */
export function hammingDistance(a: string, b: string): number {
  if (!isPdqHex(a) || !isPdqHex(b)) throw new RangeError('a PDQ hash is 64 hexadecimal digits');
  let distance = 0;
  for (let i = 0; i < PDQ_HEX_LENGTH; i++) {
    distance += nibbleBits[parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16)]!;
  }
  return distance;
}
