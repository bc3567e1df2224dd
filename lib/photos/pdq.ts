/**
 * PDQ perceptual hashing (Meta ThreatExchange), a port of the C++ hashing core: luma, Jarosz blur,
 * 64x64 decimation, quality, 16x16 DCT, median threshold. Given the pixels the C++ core was given,
 * the hashes are bit-identical; with another JPEG decoder they stay within a few bits.
 * Pure: no DOM or Node API, so the extension, the tests and the command line share it.
 */
import { dct64To16 } from './dct';
import { DIHEDRAL_NAMES, dihedralCoefficients, type DihedralName } from './dihedral';
import { bitsAboveToHex } from './hash256';
import { blurAndDecimate, PDQ_GRID } from './jarosz';
import { fillLuma } from './luma';
import { imageDomainQuality } from './quality';
import type { RgbaImage } from './rgba-image';
import { torbenMedian } from './torben';
import { turnedCopy } from './turned-copy';

export type { RgbaImage } from './rgba-image';
export type { DihedralName } from './dihedral';
export { DIHEDRAL_NAMES } from './dihedral';
export { turnedCopy } from './turned-copy';
export { hammingDistance, isPdqHex } from './hash256';
export { bestPhotoMatch, PDQ_MATCH_DISTANCE, PDQ_MIN_QUALITY, type PhotoCandidate, type PhotoMatch } from './match';

export interface PdqResult {
  /** 64 hex digits, Hash256::format order. */
  hash: string;
  /** 0..100; <= 49 means the hash is noise. */
  quality: number;
}

export interface PdqDihedralResult {
  quality: number;
  hashes: Record<DihedralName, string>;
}

/** The reference refuses to hash anything narrower than this and reports quality 0. */
const MIN_HASHABLE_DIMENSION = 5;
const ZERO_HASH = '0'.repeat(64);

interface Spectrum {
  coefficients: Float32Array;
  quality: number;
}

function checkImage(image: RgbaImage): void {
  const { width, height, data, channels } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new RangeError(`image size ${width}x${height} is not a pair of whole numbers`);
  }
  if (data.length < width * height * channels) {
    throw new RangeError(`image data holds ${data.length} bytes, ${width}x${height}x${channels} needs ${width * height * channels}`);
  }
}

/**
 * `blurAlways` mirrors the two reference entry points: pdqHash256FromFloatLuma takes an exact
 * 64x64 input as the grid itself (video frames already downsampled), while the dihedral entry point
 * always blurs. Keeping both makes each match its own published values.
 */
function spectrum(image: RgbaImage, blurAlways: boolean): Spectrum | undefined {
  checkImage(image);
  const { width, height } = image;
  if (width < MIN_HASHABLE_DIMENSION || height < MIN_HASHABLE_DIMENSION) return undefined;
  const luma = new Float32Array(width * height);
  fillLuma(image, luma);
  const grid = !blurAlways && width === PDQ_GRID && height === PDQ_GRID ? luma : blurAndDecimate(luma, height, width);
  return { coefficients: dct64To16(grid), quality: imageDomainQuality(grid) };
}

function hashOf(coefficients: Float32Array): string {
  return bitsAboveToHex(coefficients, torbenMedian(coefficients));
}

export function pdqHash(image: RgbaImage): PdqResult {
  const result = spectrum(image, false);
  if (result === undefined) return { hash: ZERO_HASH, quality: 0 };
  return { hash: hashOf(result.coefficients), quality: result.quality };
}

export function pdqHashDihedral(image: RgbaImage): PdqDihedralResult {
  const result = spectrum(image, true);
  const hashes = {} as Record<DihedralName, string>;
  for (const name of DIHEDRAL_NAMES) {
    hashes[name] = result === undefined ? ZERO_HASH : hashOf(dihedralCoefficients(result.coefficients, name));
  }
  return { quality: result?.quality ?? 0, hashes };
}

/**
 * The plain hash of each turned or mirrored copy, computed from the copy's pixels rather than
 * predicted from the DCT: reliable at every size (see turnedCopy), eight hashes' work. Use it for
 * the picture being checked when mirrored copies must be caught on avatars larger than 128 px.
 */
export function pdqHashTurnedCopies(image: RgbaImage): PdqDihedralResult {
  const hashes = {} as Record<DihedralName, string>;
  let quality = 0;
  for (const name of DIHEDRAL_NAMES) {
    const result = pdqHash(name === 'orig' ? image : turnedCopy(image, name));
    hashes[name] = result.hash;
    if (name === 'orig') quality = result.quality;
  }
  return { quality, hashes };
}
