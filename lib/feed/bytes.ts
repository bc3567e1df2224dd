/**
 * Bytes in and out of text, with no Node APIs, so the same code runs in the extension's service worker, in the
 * admin page and in the command line. Base64 is decoded strictly (standard alphabet, padding required, no
 * whitespace): a feed has exactly one spelling of its payload, and anything else is refused rather than guessed.
 */

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const sextet = new Int16Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i++) sextet[alphabet.charCodeAt(i)] = i;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    chunk += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + alphabet[n & 63]!;
    if (chunk.length >= 65_536) {
      parts.push(chunk);
      chunk = '';
    }
  }
  const left = bytes.length - i;
  if (left === 1) {
    const n = bytes[i]! << 16;
    chunk += `${alphabet[n >> 18]!}${alphabet[(n >> 12) & 63]!}==`;
  } else if (left === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    chunk += `${alphabet[n >> 18]!}${alphabet[(n >> 12) & 63]!}${alphabet[(n >> 6) & 63]!}=`;
  }
  parts.push(chunk);
  return parts.join('');
}

/** Strict standard base64 to bytes, or null when the text is not canonical base64. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  const end = text.length - (padding > 0 ? 4 : 0);
  for (let i = 0; i < end; i += 4) {
    const a = sextet[text.charCodeAt(i)] ?? -1;
    const b = sextet[text.charCodeAt(i + 1)] ?? -1;
    const c = sextet[text.charCodeAt(i + 2)] ?? -1;
    const d = sextet[text.charCodeAt(i + 3)] ?? -1;
    if ((a | b | c | d) < 0) return null;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  if (padding > 0) {
    const a = sextet[text.charCodeAt(end)] ?? -1;
    const b = sextet[text.charCodeAt(end + 1)] ?? -1;
    const c = padding === 1 ? (sextet[text.charCodeAt(end + 2)] ?? -1) : 0;
    if ((a | b | c) < 0) return null;
    const n = (a << 18) | (b << 12) | (c << 6);
    // Canonical only: the bits beyond the last byte must be zero.
    if (padding === 2 ? (n & 0xffff) !== 0 : (n & 0xff) !== 0) return null;
    out[o++] = n >> 16;
    if (padding === 1) out[o++] = (n >> 8) & 255;
  }
  return out;
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 bytes to text, or null when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

export function encodeUtf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}
