import type { DihedralName } from './dihedral';

/**
 * EXIF orientation (tag 0x0112): phones store photos sideways and say how to turn them for
 * display. Browsers obey it (CSS image-orientation: from-image is the default), so a leader's phone
 * photo hashed from its stored pixels would be a quarter turn away from the same photo on screen.
 * Facebook and Zalo re-encode uploads upright, so the upright picture is the one worth hashing.
 */

/** The turn (as turnedCopy names it) that shows a stored picture upright, per orientation 1..8. */
const uprightTurn: Record<number, DihedralName> = {
  1: 'orig',
  2: 'flipy', // mirrored left-right
  3: 'rot180',
  4: 'flipx', // mirrored top-bottom
  5: 'flipplus1', // transposed
  6: 'rot270', // needs a quarter turn clockwise
  7: 'flipminus1', // transversed
  8: 'rot90', // needs a quarter turn anticlockwise
};

/**
 * Reads the orientation from an EXIF block: the APP1 payload after "Exif\0", with or without the
 * second padding zero. Anything unreadable counts as 1 (as stored): a broken tag must not stop a hash.
 */
export function exifOrientation(exif: Uint8Array): number {
  const start = exif[0] === 0 ? 1 : 0;
  if (exif.length < start + 8) return 1;
  const order = String.fromCharCode(exif[start]!, exif[start + 1]!);
  if (order !== 'II' && order !== 'MM') return 1;
  const little = order === 'II';
  const u16 = (at: number): number =>
    at + 2 > exif.length ? -1 : little ? exif[at]! | (exif[at + 1]! << 8) : (exif[at]! << 8) | exif[at + 1]!;
  const u32 = (at: number): number =>
    at + 4 > exif.length ? -1 : little ? (u16(at) | (u16(at + 2) << 16)) >>> 0 : ((u16(at) << 16) | u16(at + 2)) >>> 0;
  if (u16(start + 2) !== 42) return 1;
  const directory = start + u32(start + 4);
  const entries = u16(directory);
  for (let i = 0; i < entries; i++) {
    const entry = directory + 2 + i * 12;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

export function uprightTurnFor(orientation: number): DihedralName {
  return uprightTurn[orientation] ?? 'orig';
}
