import { PDQ_GRID } from './jarosz';

/**
 * PDQ's image-domain quality, 0..100: counts significant gradients between neighbours of the
 * 64x64 downsample. Flat or featureless pictures (a logo on a plain background, a blank avatar)
 * score low and their hashes are noise, hence Meta's advice to discard quality <= 49.
 * Each difference is scaled and truncated in float32 like the reference's `int d = ((u-v)*100)/255`.
 */
export function imageDomainQuality(grid: Float32Array): number {
  let gradientSum = 0;
  for (let i = 0; i < PDQ_GRID - 1; i++) {
    for (let j = 0; j < PDQ_GRID; j++) {
      gradientSum += Math.abs(scaledDifference(grid[i * PDQ_GRID + j]!, grid[(i + 1) * PDQ_GRID + j]!));
    }
  }
  for (let i = 0; i < PDQ_GRID; i++) {
    for (let j = 0; j < PDQ_GRID - 1; j++) {
      gradientSum += Math.abs(scaledDifference(grid[i * PDQ_GRID + j]!, grid[i * PDQ_GRID + j + 1]!));
    }
  }
  return Math.min(100, Math.trunc(gradientSum / 90));
}

function scaledDifference(u: number, v: number): number {
  return Math.trunc(Math.fround(Math.fround(Math.fround(u - v) * 100) / 255));
}
