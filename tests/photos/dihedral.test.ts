import { describe, expect, it } from 'vitest';
import { dihedralCoefficients, type DihedralName } from '../../lib/photos/dihedral';
import { DIHEDRAL_NAMES, hammingDistance, pdqHash, pdqHashDihedral, pdqHashTurnedCopies, turnedCopy } from '../../lib/photos/pdq';
import { remapPixels, syntheticPhoto } from './synthetic-images';

const coefficients = Float32Array.from({ length: 256 }, (_, k) => Math.sin(k * 12.9898) * 1000);
const apply = (names: DihedralName[]): Float32Array =>
  names.reduce<Float32Array>((c, name) => dihedralCoefficients(c, name), coefficients);

describe('dihedral variants from the DCT', () => {
  it('compose like the symmetries of a square', () => {
    expect(apply(['rot90', 'rot90'])).toEqual(apply(['rot180']));
    expect(apply(['rot90', 'rot90', 'rot90'])).toEqual(apply(['rot270']));
    expect(apply(['rot90', 'rot270'])).toEqual(coefficients);
    expect(apply(['rot180', 'rot180'])).toEqual(coefficients);
    expect(apply(['flipx', 'flipx'])).toEqual(coefficients);
    expect(apply(['flipy', 'flipy'])).toEqual(coefficients);
    expect(apply(['flipx', 'flipy'])).toEqual(apply(['rot180']));
    expect(apply(['flipplus1', 'flipplus1'])).toEqual(coefficients);
    expect(apply(['flipminus1', 'flipminus1'])).toEqual(coefficients);
    expect(apply(['flipplus1', 'rot180'])).toEqual(apply(['flipminus1']));
  });

  it('gives eight different hashes for an asymmetric picture, orig equal to the plain hash', () => {
    const image = syntheticPhoto(300, 200, 3);
    const { hashes, quality } = pdqHashDihedral(image);
    expect(quality).toBe(100);
    expect(new Set(Object.values(hashes)).size).toBe(8);
    expect(hashes.orig).toBe(pdqHash(image).hash);
  });

  it('predicts the hash of a transposed picture exactly', () => {
    const image = syntheticPhoto(240, 240, 5);
    const transposed = remapPixels(image, 240, 240, (x, y) => [y, x]);
    expect(pdqHash(transposed).hash).toBe(pdqHashDihedral(image).hashes.flipplus1);
  });

  it('predicts the hash of a mirrored or turned large picture within a few bits', () => {
    const w = 1200;
    const h = 900;
    const image = syntheticPhoto(w, h, 9);
    const { hashes } = pdqHashDihedral(image);
    const copies: [string, ReturnType<typeof remapPixels>, DihedralName][] = [
      ['mirrored left-right', remapPixels(image, w, h, (x, y) => [w - 1 - x, y]), 'flipy'],
      ['mirrored top-bottom', remapPixels(image, w, h, (x, y) => [x, h - 1 - y]), 'flipx'],
      ['turned half way', remapPixels(image, w, h, (x, y) => [w - 1 - x, h - 1 - y]), 'rot180'],
      ['turned a quarter anticlockwise', remapPixels(image, h, w, (x, y) => [y, w - 1 - x]), 'rot90'],
      ['turned a quarter clockwise', remapPixels(image, h, w, (x, y) => [h - 1 - y, x]), 'rot270'],
    ];
    for (const [what, copy, name] of copies) {
      const plain = pdqHash(copy).hash;
      const distance = hammingDistance(plain, hashes[name]);
      console.log(`${what}: ${distance} bits from the ${name} hash, ${hammingDistance(plain, hashes.orig)} from the plain hash`);
      expect([what, distance <= 10]).toEqual([what, true]);
    }
  });
});

describe('turned copies hashed from their pixels', () => {
  it('agree exactly with the DCT-derived dihedral hashes while the blur window is one pixel (<= 128 px)', () => {
    const image = syntheticPhoto(120, 90, 11);
    const predicted = pdqHashDihedral(image).hashes;
    const hashedCopies = pdqHashTurnedCopies(image);
    expect(hashedCopies.hashes).toEqual(predicted);
    expect(hashedCopies.quality).toBe(pdqHash(image).quality);
    expect(turnedCopy(image, 'rot90')).toMatchObject({ width: 90, height: 120 });
  });

  it('put every pixel somewhere: each copy holds the same pixels, and turning back restores the picture', () => {
    const image = syntheticPhoto(7, 5, 2, 4);
    const back: Record<DihedralName, DihedralName> = {
      orig: 'orig', rot90: 'rot270', rot180: 'rot180', rot270: 'rot90',
      flipx: 'flipx', flipy: 'flipy', flipplus1: 'flipplus1', flipminus1: 'flipminus1',
    };
    for (const name of DIHEDRAL_NAMES) {
      expect([name, turnedCopy(turnedCopy(image, name), back[name]).data]).toEqual([name, image.data]);
    }
  });

  it('let a mirrored 160 px avatar be matched to the listed original, where the prediction drifts', () => {
    const avatar = syntheticPhoto(160, 160, 12);
    const mirrored = turnedCopy(avatar, 'flipy');
    const hashedCopies = pdqHashTurnedCopies(mirrored).hashes;
    // The listed photo is the original; the scammer shows the mirror. Mirroring it back finds the original.
    const listed = pdqHash(avatar).hash;
    expect(hammingDistance(hashedCopies.flipy, listed)).toBe(0);
    expect(hammingDistance(hashedCopies.orig, listed)).toBeGreaterThan(31);
    const predicted = pdqHashDihedral(avatar).hashes.flipy;
    console.log(`160 px mirrored avatar: ${hammingDistance(pdqHash(mirrored).hash, predicted)} bits from the predicted flipy hash`);
  });
});
