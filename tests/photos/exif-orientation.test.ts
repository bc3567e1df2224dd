import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { decodeImageBytes } from '../../cli/image-file';
import { exifOrientation, uprightTurnFor } from '../../lib/photos/exif-orientation';
import { turnedCopy } from '../../lib/photos/pdq';
import { syntheticPhoto } from './synthetic-images';

/** A TIFF block as EXIF stores it, with one IFD0 entry: Orientation (0x0112, SHORT) = value. */
function exifWithOrientation(value: number, order: 'II' | 'MM', padded = true): Uint8Array {
  const bytes: number[] = [];
  const u16 = (v: number): void => void bytes.push(...(order === 'II' ? [v & 255, v >> 8] : [v >> 8, v & 255]));
  const u32 = (v: number): void => (order === 'II' ? (u16(v & 0xffff), u16(v >>> 16)) : (u16(v >>> 16), u16(v & 0xffff)));
  if (padded) bytes.push(0);
  bytes.push(order.charCodeAt(0), order.charCodeAt(1));
  u16(42);
  u32(8);
  u16(2); // two entries: an unrelated one first, as cameras write Make/Model before Orientation
  u16(0x010f), u16(2), u32(4), u32(0);
  u16(0x0112), u16(3), u32(1), u16(value), u16(0);
  u32(0);
  return Uint8Array.from(bytes);
}

/** A JPEG file with an APP1 "Exif" segment holding `tiff` inserted right after the start marker. */
function withExifSegment(jpegBytes: Uint8Array, tiff: Uint8Array): Uint8Array {
  const payload = [0x45, 0x78, 0x69, 0x66, 0, ...tiff]; // "Exif\0" then the (padded) TIFF block
  const length = payload.length + 2;
  return Uint8Array.from([0xff, 0xd8, 0xff, 0xe1, length >> 8, length & 255, ...payload, ...jpegBytes.subarray(2)]);
}

describe('EXIF orientation', () => {
  it('reads the tag in both byte orders, with or without the padding zero', () => {
    for (let value = 1; value <= 8; value++) {
      expect(exifOrientation(exifWithOrientation(value, 'II'))).toBe(value);
      expect(exifOrientation(exifWithOrientation(value, 'MM'))).toBe(value);
      expect(exifOrientation(exifWithOrientation(value, 'MM', false))).toBe(value);
    }
  });

  it('treats a missing, out-of-range or truncated tag as upright', () => {
    expect(exifOrientation(new Uint8Array())).toBe(1);
    expect(exifOrientation(exifWithOrientation(9, 'II'))).toBe(1);
    expect(exifOrientation(exifWithOrientation(6, 'II').subarray(0, 20))).toBe(1);
    expect(exifOrientation(Uint8Array.from([0, 0x58, 0x58, 0, 42, 0, 0, 0, 8]))).toBe(1);
  });

  it('turns a sideways phone photo upright when decoding it from a file', () => {
    const photo = syntheticPhoto(48, 32, 3);
    const encoded = jpeg.encode({ width: 48, height: 32, data: toRgba(photo.data) }, 95).data;
    const upright = decodeImageBytes(encoded, 'upright.jpg');
    const sideways = decodeImageBytes(withExifSegment(encoded, exifWithOrientation(6, 'MM')), 'sideways.jpg');
    expect([sideways.width, sideways.height]).toEqual([32, 48]);
    expect(sideways).toEqual(turnedCopy(upright, 'rot270'));
    expect(decodeImageBytes(withExifSegment(encoded, exifWithOrientation(1, 'II')), 'tagged-upright.jpg')).toEqual(upright);
    expect(uprightTurnFor(8)).toBe('rot90');
  });
});

function toRgba(rgb: Uint8Array | Uint8ClampedArray): Uint8Array {
  const rgba = new Uint8Array((rgb.length / 3) * 4);
  for (let p = 0; p < rgb.length / 3; p++) {
    rgba.set(rgb.subarray(p * 3, p * 3 + 3), p * 4);
    rgba[p * 4 + 3] = 255;
  }
  return rgba;
}
