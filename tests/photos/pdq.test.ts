import { describe, expect, it } from 'vitest';
import { hammingDistance, pdqHash, pdqHashDihedral, type RgbaImage } from '../../lib/photos/pdq';
import { syntheticPhoto } from './synthetic-images';

const zeroHash = '0'.repeat(64);

function withAlpha(image: RgbaImage, alphaAt: (x: number, y: number) => number, hidden: [number, number, number]): RgbaImage {
  const data = new Uint8Array(image.width * image.height * 4);
  for (let p = 0; p < image.width * image.height; p++) {
    const alpha = alphaAt(p % image.width, Math.floor(p / image.width));
    for (let c = 0; c < 3; c++) data[p * 4 + c] = alpha === 0 ? hidden[c]! : image.data[p * image.channels + c]!;
    data[p * 4 + 3] = alpha;
  }
  return { width: image.width, height: image.height, data, channels: 4 };
}

describe('pdqHash', () => {
  it('gives 64 lowercase hex digits, half the bits set (median threshold)', () => {
    const { hash, quality } = pdqHash(syntheticPhoto(160, 160));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(quality).toBe(100);
    const setBits = hammingDistance(hash, zeroHash);
    expect(setBits).toBeGreaterThanOrEqual(120);
    expect(setBits).toBeLessThanOrEqual(128);
  });

  it('is the same for RGB and opaque RGBA pixels, and for Uint8ClampedArray (canvas) data', () => {
    const rgb = syntheticPhoto(200, 150, 4, 3);
    const rgba = syntheticPhoto(200, 150, 4, 4);
    expect(pdqHash(rgba)).toEqual(pdqHash(rgb));
    expect(pdqHash({ ...rgba, data: new Uint8ClampedArray(rgba.data) })).toEqual(pdqHash(rgb));
  });

  it('lays transparent pixels over white, whatever colour they hide', () => {
    const photo = syntheticPhoto(180, 180, 6);
    const insideCircle = (x: number, y: number): number => ((x - 90) ** 2 + (y - 90) ** 2 < 80 ** 2 ? 255 : 0);
    const overBlack = pdqHash(withAlpha(photo, insideCircle, [0, 0, 0]));
    const overRed = pdqHash(withAlpha(photo, insideCircle, [255, 0, 0]));
    const onWhite = pdqHash(withAlpha(photo, insideCircle, [255, 255, 255]));
    expect(overBlack).toEqual(onWhite);
    expect(overRed).toEqual(onWhite);
    expect(onWhite.hash).not.toBe(pdqHash(photo).hash);
  });

  it('stays close when the same picture is shown smaller, as avatars are', () => {
    const large = pdqHash(syntheticPhoto(960, 960, 8));
    const avatar = pdqHash(syntheticPhoto(160, 160, 8));
    expect(hammingDistance(large.hash, avatar.hash)).toBeLessThanOrEqual(16);
  });

  it('takes an exact 64x64 picture as its own grid, as the reference plain hash does', () => {
    // pdqHash256FromFloatLuma skips the blur at 64x64 (frames already downsampled); the dihedral
    // entry point blurs with a one-pixel window, which only adds float rounding.
    const frame = syntheticPhoto(64, 64, 10);
    const plain = pdqHash(frame);
    const blurred = pdqHashDihedral(frame);
    expect(plain.quality).toBe(blurred.quality);
    expect(hammingDistance(plain.hash, blurred.hashes.orig)).toBeLessThanOrEqual(2);
  });

  it('gives quality 0 to a flat picture and to one narrower than 5 pixels', () => {
    const grey: RgbaImage = { width: 100, height: 100, data: new Uint8Array(100 * 100 * 3).fill(128), channels: 3 };
    expect(pdqHash(grey).quality).toBe(0);
    const sliver = syntheticPhoto(4, 300);
    expect(pdqHash(sliver)).toEqual({ hash: zeroHash, quality: 0 });
    expect(pdqHashDihedral(sliver).hashes.rot90).toBe(zeroHash);
  });

  it('refuses pixel data shorter than its size claims', () => {
    const photo = syntheticPhoto(50, 50);
    expect(() => pdqHash({ ...photo, height: 51 })).toThrow(RangeError);
    expect(() => pdqHash({ ...photo, width: 12.5 })).toThrow(RangeError);
  });
});
