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

/**
 * B = D A D^T for the 64x64 grid A, giving the 16x16 coefficients row-major. Sums are accumulated
 * in float32 in increasing k, the reference's order, so identical grids give identical bits.
 */
export function dct64To16(grid: Float32Array): Float32Array {
  const partial = new Float32Array(DCT_SIZE * PDQ_GRID);
  for (let i = 0; i < DCT_SIZE; i++) {
    const d = i * PDQ_GRID;
    for (let j = 0; j < PDQ_GRID; j++) {
      let sum = 0;
      for (let k = 0; k < PDQ_GRID; k++) {
        sum = Math.fround(sum + Math.fround(dctMatrix[d + k]! * grid[k * PDQ_GRID + j]!));
      }
      partial[i * PDQ_GRID + j] = sum;
    }
  }
  const coefficients = new Float32Array(DCT_SIZE * DCT_SIZE);
  for (let i = 0; i < DCT_SIZE; i++) {
    const t = i * PDQ_GRID;
    for (let j = 0; j < DCT_SIZE; j++) {
      const d = j * PDQ_GRID;
      let sum = 0;
      for (let k = 0; k < PDQ_GRID; k++) {
        sum = Math.fround(sum + Math.fround(partial[t + k]! * dctMatrix[d + k]!));
      }
      coefficients[i * DCT_SIZE + j] = sum;
    }
  }
  return coefficients;
}
