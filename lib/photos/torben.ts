/**
 * Torben Mogensen's median (public-domain algorithm, N. Devillard's formulation), the one PDQ's
 * reference uses. It returns an element of `values` (the lower median for an even count), not the
 * mean of the two middle ones; hash bits are "coefficient > median", so the exact choice matters.
 * The bisection guess is computed in float32 like the reference's `float guess = (min+max)/2`.
 */
export function torbenMedian(values: Float32Array): number {
  const n = values.length;
  const half = (n + 1) >> 1;
  let min = values[0]!;
  let max = min;
  for (let i = 1; i < n; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  for (;;) {
    const guess = Math.fround(Math.fround(min + max) / 2);
    let less = 0;
    let greater = 0;
    let equal = 0;
    let maxBelow = min;
    let minAbove = max;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      if (v < guess) {
        less++;
        if (v > maxBelow) maxBelow = v;
      } else if (v > guess) {
        greater++;
        if (v < minAbove) minAbove = v;
      } else {
        equal++;
      }
    }
    if (less <= half && greater <= half) {
      if (less >= half) return maxBelow;
      if (less + equal >= half) return guess;
      return minAbove;
    }
    if (less > greater) max = maxBelow;
    else min = minAbove;
  }
}
