import type { RgbaImage } from './rgba-image';

// The reference stores these weights as C `float`, so every product and sum below is rounded to
// 32 bits exactly as the C++ core rounds it; that is what makes identical pixels give identical bits.
const weightR = Math.fround(0.299);
const weightG = Math.fround(0.587);
const weightB = Math.fround(0.114);

/** Per-byte products, already rounded to float32, so the per-pixel loop is three loads and two adds. */
function weightTable(weight: number): Float32Array {
  const table = new Float32Array(256);
  for (let v = 0; v < 256; v++) table[v] = weight * v;
  return table;
}
const lumaR = weightTable(weightR);
const lumaG = weightTable(weightG);
const lumaB = weightTable(weightB);

/**
 * Fills `luma` (width x height, row-major) with Y = 0.299R + 0.587G + 0.114B.
 * With 4 channels, partly transparent pixels are laid over white: canvases report transparent
 * pixels as black while PNG encoders leave any colour there, so without a fixed background the
 * same picture would hash differently depending on where it was decoded. Opaque pixels are untouched.
 */
export function fillLuma(image: RgbaImage, luma: Float32Array): void {
  const { data, channels } = image;
  const pixelCount = image.width * image.height;
  for (let p = 0, q = 0; p < pixelCount; p++, q += channels) {
    const y = Math.fround(lumaR[data[q]!]! + lumaG[data[q + 1]!]!) + lumaB[data[q + 2]!]!;
    if (channels === 4) {
      const alpha = data[q + 3]!;
      luma[p] = alpha === 255 ? y : (Math.fround(y) * alpha + 255 * (255 - alpha)) / 255;
    } else {
      luma[p] = y;
    }
  }
}
