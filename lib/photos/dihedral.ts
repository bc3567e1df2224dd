import { DCT_SIZE } from './dct';

/**
 * The eight rotations and flips of a picture, derived from its 16x16 DCT instead of re-hashing
 * pixels: mirroring a DCT basis function of odd index negates it, and a quarter turn transposes the
 * block. A scammer who mirrors a leader's photo (a common trick to dodge naive matching) still
 * lands within the match distance of one of these.
 */
export const DIHEDRAL_NAMES = ['orig', 'rot90', 'rot180', 'rot270', 'flipx', 'flipy', 'flipplus1', 'flipminus1'] as const;
export type DihedralName = (typeof DIHEDRAL_NAMES)[number];

interface DihedralRule {
  transpose: boolean;
  /** true when coefficient (i, j) changes sign. */
  negate: (i: number, j: number) => boolean;
}

// Signs and transposes as laid out in the table of pdq/cpp/hashing/pdqhashing.cpp.
const rules: Record<DihedralName, DihedralRule> = {
  orig: { transpose: false, negate: () => false },
  rot90: { transpose: true, negate: (_i, j) => (j & 1) === 0 },
  rot180: { transpose: false, negate: (i, j) => ((i + j) & 1) === 1 },
  rot270: { transpose: true, negate: (i) => (i & 1) === 0 },
  flipx: { transpose: false, negate: (i) => (i & 1) === 0 },
  flipy: { transpose: false, negate: (_i, j) => (j & 1) === 0 },
  flipplus1: { transpose: true, negate: () => false },
  flipminus1: { transpose: true, negate: (i, j) => ((i + j) & 1) === 1 },
};

export function dihedralCoefficients(coefficients: Float32Array, name: DihedralName): Float32Array {
  const { transpose, negate } = rules[name];
  const out = new Float32Array(DCT_SIZE * DCT_SIZE);
  for (let i = 0; i < DCT_SIZE; i++) {
    for (let j = 0; j < DCT_SIZE; j++) {
      const value = coefficients[i * DCT_SIZE + j]!;
      out[transpose ? j * DCT_SIZE + i : i * DCT_SIZE + j] = negate(i, j) ? -value : value;
    }
  }
  return out;
}
