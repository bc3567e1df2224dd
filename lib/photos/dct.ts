import { PDQ_GRID } from './jarosz';

/** PDQ keeps the 16x16 lowest frequencies after the DC term. */
export const DCT_SIZE = 16;

/**
 * D[i][j] = sqrt(2/64) cos(pi/128 (i+1)(2j+1)), rows 1..16 of the 64-point DCT-II (row 0, the
 * mean brightness, carries no shape). Built in the reference's operation order, stored as float32.
 */
const dctMatrix = ((): Float32Array => {
  const matrix = new Float32Array(DCT_SIZE * PDQ_GRID);
  const scale = Math.fround(Math.sqrt(2 / PDQ_GRID));
  for (let i = 0; i < DCT_SIZE; i++) {
    for (let j = 0; j < PDQ_GRID; j++) {
      matrix[i * PDQ_GRID + j] = scale * Math.cos(((Math.PI / 2 / PDQ_GRID) * (i + 1)) * (2 * j + 1));
    }
  }
  return matrix;
})();

/** D transposed (64 x 16), so the second product reads it in order. */
const dctMatrixTransposed = ((): Float32Array => {
  const transposed = new Float32Array(PDQ_GRID * DCT_SIZE);
  for (let i = 0; i < DCT_SIZE; i++) {
    for (let k = 0; k < PDQ_GRID; k++) transposed[k * DCT_SIZE + i] = dctMatrix[i * PDQ_GRID + k]!;
  }
  return transposed;
})();

/**
 * B = D A D^T for the 64x64 grid A, giving the 16x16 coefficients row-major. Each coefficient is
 * accumulated in float32 in increasing k, the reference's order, so identical grids give identical
 * bits. The loops run k outside and the outputs inside: a float32 running sum is a chain of
 * dependent add-and-round steps, and advancing many sums together lets the CPU overlap them.
 */
export function dct64To16(grid: Float32Array): Float32Array {
  const partial = new Float32Array(DCT_SIZE * PDQ_GRID);
  for (let i = 0; i < DCT_SIZE; i++) {
    const out = i * PDQ_GRID;
    for (let k = 0; k < PDQ_GRID; k++) {
      const d = dctMatrix[i * PDQ_GRID + k]!;
      const row = k * PDQ_GRID;
      for (let j = 0; j < PDQ_GRID; j++) partial[out + j] = partial[out + j]! + Math.fround(d * grid[row + j]!);
    }
  }
  const coefficients = new Float32Array(DCT_SIZE * DCT_SIZE);
  for (let i = 0; i < DCT_SIZE; i++) {
    const out = i * DCT_SIZE;
    for (let k = 0; k < PDQ_GRID; k++) {
      const t = partial[i * PDQ_GRID + k]!;
      const column = k * DCT_SIZE;
      for (let j = 0; j < DCT_SIZE; j++) {
        coefficients[out + j] = coefficients[out + j]! + Math.fround(t * dctMatrixTransposed[column + j]!);
      }
    }
  }
  return coefficients;
}
