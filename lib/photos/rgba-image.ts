/**
 * Decoded pixels, row-major, no padding between rows: what a canvas's getImageData (4 channels)
 * or a JPEG decoder (3 channels) hands over.
 */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
  channels: 3 | 4;
}
