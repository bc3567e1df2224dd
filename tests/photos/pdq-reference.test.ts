/**
 * Oracle rule 2 of pdq/README.md ("Writing Your Own Hashing & Matching Implementations"): with a
 * different JPEG decoder than the reference's (here jpeg-js, what the command line uses), every
 * image of quality >= 80 hashes within 10 bits of Meta's C++ value, for all eight rotations/flips.
 * Plus the matching behaviour the extension relies on: edited copies of one photo within 31 bits,
 * different photos beyond 31, featureless images rejected by quality.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readImageFile } from '../../cli/image-file';
import {
  DIHEDRAL_NAMES,
  hammingDistance,
  PDQ_MATCH_DISTANCE,
  PDQ_MIN_QUALITY,
  pdqHash,
  pdqHashDihedral,
  type DihedralName,
} from '../../lib/photos/pdq';
import { pdqDataDir, readReferenceImages, referenceByName, type ReferenceImage } from './reference-data';

interface Hashed {
  reference: ReferenceImage;
  plain: string;
  quality: number;
  dihedral: Record<DihedralName, string>;
}

const references = readReferenceImages();
const hashed = new Map<string, Hashed>();
const ours = (file: string): Hashed => {
  const found = hashed.get(file);
  if (found === undefined) throw new Error(`${file} was not hashed`);
  return found;
};

beforeAll(async () => {
  for (const reference of references) {
    const image = await readImageFile(path.join(pdqDataDir, reference.file));
    const dihedral = pdqHashDihedral(image);
    const plain = pdqHash(image);
    hashed.set(reference.file, { reference, plain: plain.hash, quality: plain.quality, dihedral: dihedral.hashes });
  }
  console.log('PDQ, jpeg-js decoding vs the C++ core on libjpeg-turbo (bits differing per hash):');
  console.table(
    references.map(({ file, quality, hashes }) => {
      const mine = ours(file);
      const row: Record<string, string | number> = { file: file.replace('images/', ''), refQ: quality, ourQ: mine.quality };
      for (const name of DIHEDRAL_NAMES) row[name] = hammingDistance(mine.dihedral[name], hashes[name]);
      return row;
    }),
  );
});

const good = references.filter((reference) => reference.quality >= 80);
const junk = references.filter((reference) => reference.quality < PDQ_MIN_QUALITY);

describe('PDQ against the ThreatExchange reference, decoded with jpeg-js', () => {
  it('covers the images the rules speak of', () => {
    expect(references).toHaveLength(20);
    expect(good.length).toBeGreaterThanOrEqual(16);
    expect(junk.map((r) => r.file).sort()).toEqual([
      'images/labelme-subset/q0003.jpg',
      'images/labelme-subset/q0004.jpg',
      'images/misc/small.jpg',
    ]);
  });

  it.each(good.map((r) => [r.file]))('%s: plain and all 8 dihedral hashes within 10 bits', (file) => {
    const mine = ours(file);
    const { hashes } = mine.reference;
    expect(hammingDistance(mine.plain, hashes.orig)).toBeLessThanOrEqual(10);
    for (const name of DIHEDRAL_NAMES) {
      expect({ name, distance: hammingDistance(mine.dihedral[name], hashes[name]) }).toEqual({
        name,
        distance: expect.toSatisfy((d: number) => d <= 10),
      });
    }
    expect(mine.quality).toBeGreaterThanOrEqual(80);
  });

  it('rejects the featureless images by quality, and keeps the others', () => {
    for (const reference of junk) expect([reference.file, ours(reference.file).quality < PDQ_MIN_QUALITY]).toEqual([reference.file, true]);
    for (const reference of good) expect([reference.file, ours(reference.file).quality >= PDQ_MIN_QUALITY]).toEqual([reference.file, true]);
  });

  it('finds every edit of the bridge photo within the match distance of the original', () => {
    const original = ours('images/bridge-mods/aaa-orig.jpg').plain;
    const edits = references.filter((r) => r.file.startsWith('images/bridge-mods/') && !r.file.endsWith('aaa-orig.jpg'));
    expect(edits).toHaveLength(10);
    const distances = edits.map((r) => hammingDistance(ours(r.file).plain, original));
    console.log(`bridge edits vs original: min ${Math.min(...distances)} max ${Math.max(...distances)}`);
    for (const distance of distances) expect(distance).toBeLessThanOrEqual(PDQ_MATCH_DISTANCE);
  });

  it('finds turned and mirrored copies through the dihedral hashes of the original', () => {
    const original = ours('images/bridge-mods/aaa-orig.jpg').dihedral;
    const cases: [string, DihedralName][] = [
      ['images/dih/bridge-2-rotate-90.jpg', 'rot90'],
      ['images/dih/bridge-3-rotate-180.jpg', 'rot180'],
      ['images/dih/bridge-5-flipx.jpg', 'flipx'],
    ];
    for (const [file, name] of cases) {
      const copy = ours(file).plain;
      console.log(`${file}: ${hammingDistance(copy, original.orig)} bits from the original, ${hammingDistance(copy, original[name])} from its ${name} hash`);
      // The plain hash misses a turned copy entirely; the matching dihedral hash finds it.
      expect(hammingDistance(copy, original.orig)).toBeGreaterThan(PDQ_MATCH_DISTANCE);
      expect(hammingDistance(copy, original[name])).toBeLessThanOrEqual(10);
    }
  });

  it('keeps different photos beyond the match distance', () => {
    const groups = [
      references.filter((r) => r.file.startsWith('images/bridge-mods/')).map((r) => r.file),
      ['images/labelme-subset/q0122.jpg'],
      ['images/labelme-subset/q0746.jpg'],
      ['images/misc/wee.jpg'],
    ];
    const distances: number[] = [];
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        for (const fileA of groups[a]!) {
          for (const fileB of groups[b]!) distances.push(hammingDistance(ours(fileA).plain, ours(fileB).plain));
        }
      }
    }
    console.log(`different photos: ${distances.length} pairs, min ${Math.min(...distances)} max ${Math.max(...distances)}`);
    expect(Math.min(...distances)).toBeGreaterThan(PDQ_MATCH_DISTANCE);
  });

  it('gives the reference quality within a few points', () => {
    for (const reference of references) {
      expect([reference.file, Math.abs(ours(reference.file).quality - reference.quality) <= 5]).toEqual([reference.file, true]);
    }
    expect(referenceByName(references, 'images/misc/small.jpg').quality).toBe(0);
  });
});
