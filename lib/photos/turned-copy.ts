import type { DihedralName } from './dihedral';
import type { RgbaImage } from './rgba-image';

/**
 * Where pixel (x, y) of a width x height picture lands in each turned or mirrored copy, named as
 * PDQ names the dihedral hash that predicts the copy's hash. "flipy" mirrors left-right (the usual
 * selfie/avatar mirror), "rot90" turns a quarter anticlockwise.
 */
const placements: Record<DihedralName, { swapsSides: boolean; place: (x: number, y: number, w: number, h: number) => number }> = {
  orig: { swapsSides: false, place: (x, y, w) => y * w + x },
  rot90: { swapsSides: true, place: (x, y, w, h) => (w - 1 - x) * h + y },
  rot180: { swapsSides: false, place: (x, y, w, h) => (h - 1 - y) * w + (w - 1 - x) },
  rot270: { swapsSides: true, place: (x, y, _w, h) => x * h + (h - 1 - y) },
  flipx: { swapsSides: false, place: (x, y, w, h) => (h - 1 - y) * w + x },
  flipy: { swapsSides: false, place: (x, y, w) => y * w + (w - 1 - x) },
  flipplus1: { swapsSides: true, place: (x, y, _w, h) => x * h + y },
  flipminus1: { swapsSides: true, place: (x, y, w, h) => (w - 1 - x) * h + (h - 1 - y) },
};

/**
 * The picture turned or mirrored pixel by pixel. The dihedral hashes derived from the DCT predict
 * such copies exactly only when the blur window is one pixel (pictures up to 128 px); from 129 px
 * the window is even-sized and off-centre and the 64 sample points are not symmetric, so a
 * mirrored 160 px avatar hashes 26-74 bits away from its predicted "flipy" hash (measured on the
 * reference photos). Hashing the actual copy avoids that, at one extra hash per copy.
 */
export function turnedCopy(image: RgbaImage, name: DihedralName): RgbaImage {
  const { width, height, channels, data } = image;
  const { swapsSides, place } = placements[name];
  const out = new Uint8Array(width * height * channels);
  for (let y = 0, from = 0; y < height; y++) {
    for (let x = 0; x < width; x++, from += channels) {
      const to = place(x, y, width, height) * channels;
      for (let c = 0; c < channels; c++) out[to + c] = data[from + c]!;
    }
  }
  return swapsSides ? { width: height, height: width, data: out, channels } : { width, height, data: out, channels };
}
