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
 * One box pass along each row. Near the edges the window grows from half size and shrinks back,
 * so every output is the mean of the pixels actually inside it.
 */
export function boxAlongRows(input: Float32Array, output: Float32Array, rows: number, cols: number, window: number): void {
  const half = (window + 2) >> 1;
  const lead = half - 1;
  const growing = window - half + 1;
  const full = cols - window;
  for (let row = 0, base = 0; row < rows; row++, base += cols) {
    let sum = 0;
    let count = 0;
    let right = base;
    let left = base;
    let out = base;
    for (let i = 0; i < lead; i++, count++) sum = Math.fround(sum + input[right++]!);
    for (let i = 0; i < growing; i++) {
      sum = Math.fround(sum + input[right++]!);
      count++;
      output[out++] = sum / count;
    }
    for (let i = 0; i < full; i++) {
      sum = Math.fround(sum + input[right++]!);
      sum = Math.fround(sum - input[left++]!);
      output[out++] = sum / count;
    }
    for (let i = 0; i < lead; i++) {
      sum = Math.fround(sum - input[left++]!);
      count--;
      output[out++] = sum / count;
    }
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
  for (let i = 0; i < full; i++) {
    add(right++);
    subtract(left++);
    write();
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
