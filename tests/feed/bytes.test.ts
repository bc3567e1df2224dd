import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, decodeUtf8 } from '../../lib/feed/bytes';
import { seededRandom } from '../../scripts/bench/population';

describe('base64', () => {
  it('round-trips every length and agrees with Node', () => {
    const random = seededRandom(3);
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
      const text = bytesToBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(text)).toEqual(bytes);
    }
  });

  it('refuses anything but canonical padded base64', () => {
    for (const bad of ['A', 'AB', 'ABC', 'AB=C', 'A===', '====', 'QQ', 'QR==', 'QUJ=', 'QU J', 'QUJD\n', 'QU-_', 'QUJDRA=']) {
      expect(base64ToBytes(bad), bad).toBeNull();
    }
    expect(base64ToBytes('QQ==')).toEqual(new Uint8Array([65]));
    expect(base64ToBytes('QUI=')).toEqual(new Uint8Array([65, 66]));
    expect(base64ToBytes('')).toEqual(new Uint8Array([]));
  });

  it('UTF-8 is decoded strictly and a byte-order mark is kept (so JSON.parse refuses it)', () => {
    expect(decodeUtf8(new Uint8Array([0xc3, 0x28]))).toBeNull();
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]))).toBe('\uFEFF{}');
  });
});
