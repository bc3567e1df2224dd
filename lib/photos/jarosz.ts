/**
 * Jarosz blur and decimation to 64x64, as in ThreatExchange pdq/cpp/downscaling. Two passes of
 * a box filter along rows then columns approximate a tent filter; the window is half of one
 * output cell, (dim + 127) / 128, so the two passes together average one full cell.
 *
 * Every running sum is kept in float32 (Float32Array stores and Math.fround) because the C++ sums
 * are `float`: equal pixels then give equal bits even when a DCT coefficient lands within rounding
 * of the median. (On the 20 reference images, double sums happen to give the same bits too.)
 */

export const PDQ_GRID = 64;

export function jaroszWindowSize(dimension: number): number {
  return Math.floor((dimension + 2 * PDQ_GRID - 1) / (2 * PDQ_GRID));
}

/** Input index sampled for each of the 64 outputs: the pixel under the output cell's centre. */
export function sampleIndices(dimension: number): Int32Array {
  const indices = new Int32Array(PDQ_GRID);
  for (let i = 0; i < PDQ_GRID; i++) indices[i] = Math.floor(((i + 0.5) * dimension) / PDQ_GRID);
  return indices;
}

/**
 * One box pass along each row. Near the ends the window grows from half size and shrinks back, so
 * every output is the mean of the pixels actually inside it (box1DFloat in the reference).
 *
 * Rows go four at a time: a float32 running sum is a chain of dependent add-and-round steps (several
 * times slower than a plain add in V8), and four independent chains let the CPU overlap them. Each
 * row still adds and subtracts the same values in the same order as the reference.
 */
export function boxAlongRows(input: Float32Array, output: Float32Array, rows: number, cols: number, window: number): void {
  let row = 0;
  for (; row + 4 <= rows; row += 4) boxFourRows(input, output, row * cols, cols, window);
  for (; row < rows; row++) boxOneRow(input, output, row * cols, cols, window);
}

function boxOneRow(input: Float32Array, output: Float32Array, base: number, cols: number, window: number): void {
  const half = (window + 2) >> 1;
  let sum = 0;
  let count = 0;
  let right = base;
  let left = base;
  let out = base;
  for (let i = 0; i < half - 1; i++, count++) sum = Math.fround(sum + input[right++]!);
  for (let i = 0; i < window - half + 1; i++) {
    sum = Math.fround(sum + input[right++]!);
    count++;
    output[out++] = sum / count;
  }
  for (let i = 0; i < cols - window; i++) {
    sum = Math.fround(sum + input[right++]!);
    sum = Math.fround(sum - input[left++]!);
    output[out++] = sum / count;
  }
  for (let i = 0; i < half - 1; i++) {
    sum = Math.fround(sum - input[left++]!);
    count--;
    output[out++] = sum / count;
  }
}

/** boxOneRow on rows starting at base, base + cols, base + 2 cols and base + 3 cols, interleaved. */
function boxFourRows(input: Float32Array, output: Float32Array, base: number, cols: number, window: number): void {
  const half = (window + 2) >> 1;
  const b1 = cols;
  const b2 = 2 * cols;
  const b3 = 3 * cols;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let count = 0;
  let right = base;
  let left = base;
  let out = base;
  for (let i = 0; i < half - 1; i++, count++, right++) {
    s0 = Math.fround(s0 + input[right]!);
    s1 = Math.fround(s1 + input[right + b1]!);
    s2 = Math.fround(s2 + input[right + b2]!);
    s3 = Math.fround(s3 + input[right + b3]!);
  }
  for (let i = 0; i < window - half + 1; i++, right++, out++) {
    s0 = Math.fround(s0 + input[right]!);
    s1 = Math.fround(s1 + input[right + b1]!);
    s2 = Math.fround(s2 + input[right + b2]!);
    s3 = Math.fround(s3 + input[right + b3]!);
    count++;
    output[out] = s0 / count;
    output[out + b1] = s1 / count;
    output[out + b2] = s2 / count;
    output[out + b3] = s3 / count;
  }
  for (let i = 0; i < cols - window; i++, right++, left++, out++) {
    s0 = Math.fround(Math.fround(s0 + input[right]!) - input[left]!);
    s1 = Math.fround(Math.fround(s1 + input[right + b1]!) - input[left + b1]!);
    s2 = Math.fround(Math.fround(s2 + input[right + b2]!) - input[left + b2]!);
    s3 = Math.fround(Math.fround(s3 + input[right + b3]!) - input[left + b3]!);
    output[out] = s0 / count;
    output[out + b1] = s1 / count;
    output[out + b2] = s2 / count;
    output[out + b3] = s3 / count;
  }
  for (let i = 0; i < half - 1; i++, left++, out++) {
    s0 = Math.fround(s0 - input[left]!);
    s1 = Math.fround(s1 - input[left + b1]!);
    s2 = Math.fround(s2 - input[left + b2]!);
    s3 = Math.fround(s3 - input[left + b3]!);
    count--;
    output[out] = s0 / count;
    output[out + b1] = s1 / count;
    output[out + b2] = s2 / count;
    output[out + b3] = s3 / count;
  }
}

/**
 * One box pass down the columns listed in `columns` (all columns, or only the 64 sampled ones on the
 * last pass). Walks the image row by row with one running sum per column, which reads memory in
 * order instead of striding down each column, yet adds and subtracts the same values in the same
 * order as the reference's per-column loop. Output is rows x columns.length, row-major.
 */
export function boxAlongColumns(
  input: Float32Array,
  output: Float32Array,
  rows: number,
  cols: number,
  window: number,
  columns: Int32Array,
): void {
  const width = columns.length;
  const sums = new Float32Array(width);
  const half = (window + 2) >> 1;
  const lead = half - 1;
  const growing = window - half + 1;
  const full = rows - window;
  let right = 0;
  let left = 0;
  let out = 0;
  let count = 0;
  const add = (row: number): void => {
    const base = row * cols;
    for (let c = 0; c < width; c++) sums[c] = sums[c]! + input[base + columns[c]!]!;
  };
  const subtract = (row: number): void => {
    const base = row * cols;
    for (let c = 0; c < width; c++) sums[c] = sums[c]! - input[base + columns[c]!]!;
  };
  const write = (): void => {
    const base = out++ * width;
    for (let c = 0; c < width; c++) output[base + c] = sums[c]! / count;
  };
  for (let i = 0; i < lead; i++, count++) add(right++);
  for (let i = 0; i < growing; i++) {
    add(right++);
    count++;
    write();
  }
  // The steady state, fused into one sweep per row: the bulk of the work on a large image.
  for (let i = 0; i < full; i++, right++, left++, out++) {
    const adding = right * cols;
    const dropping = left * cols;
    const base = out * width;
    for (let c = 0; c < width; c++) {
      const column = columns[c]!;
      const sum = Math.fround(Math.fround(sums[c]! + input[adding + column]!) - input[dropping + column]!);
      sums[c] = sum;
      output[base + c] = sum / count;
    }
  }
  for (let i = 0; i < lead; i++) {
    subtract(left++);
    count--;
    write();
  }
}

export function allColumns(cols: number): Int32Array {
  const columns = new Int32Array(cols);
  for (let c = 0; c < cols; c++) columns[c] = c;
  return columns;
}

/**
 * Blurs `luma` (destroying it) and returns the 64x64 decimation, row-major. Equal to running the
 * reference's two full passes and then sampling; the last column pass is only computed for the
 * 64 columns that get sampled, which no output can tell apart.
 */
export function blurAndDecimate(luma: Float32Array, rows: number, cols: number): Float32Array {
  const rowWindow = jaroszWindowSize(cols);
  const colWindow = jaroszWindowSize(rows);
  const scratch = new Float32Array(rows * cols);
  const everyColumn = allColumns(cols);
  boxAlongRows(luma, scratch, rows, cols, rowWindow);
  boxAlongColumns(scratch, luma, rows, cols, colWindow, everyColumn);
  boxAlongRows(luma, scratch, rows, cols, rowWindow);
  const sampledColumns = sampleIndices(cols);
  const sampledRows = sampleIndices(rows);
  const blurredColumns = new Float32Array(rows * PDQ_GRID);
  boxAlongColumns(scratch, blurredColumns, rows, cols, colWindow, sampledColumns);
  const grid = new Float32Array(PDQ_GRID * PDQ_GRID);
  for (let i = 0; i < PDQ_GRID; i++) {
    grid.set(blurredColumns.subarray(sampledRows[i]! * PDQ_GRID, (sampledRows[i]! + 1) * PDQ_GRID), i * PDQ_GRID);
  }
  return grid;
}
