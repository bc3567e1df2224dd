import type { RgbaImage } from './rgba-image';

/** Larger than any avatar; a hostile header must not make the worker allocate gigabytes of pixels. */
const MAX_PIXELS = 16 * 1024 * 1024;

/**
 * Decodes image bytes with the browser's own decoders (createImageBitmap) and reads the pixels back through an
 * OffscreenCanvas: works in a service worker, which has no DOM. Colour profiles are not applied, as the
 * command line's decoders (jpeg-js, pngjs) do not apply them either, so both hash the same stored pixels; EXIF
 * orientation is applied by both. Rejects (never crashes) on bytes that are not a decodable image.
 */
export async function decodeWithCanvas(bytes: Blob): Promise<RgbaImage> {
  const bitmap = await createImageBitmap(bytes, { colorSpaceConversion: 'none', imageOrientation: 'from-image', premultiplyAlpha: 'none' });
  try {
    const { width, height } = bitmap;
    if (width === 0 || height === 0 || width * height > MAX_PIXELS) throw new RangeError(`${width}x${height} is not an avatar size`);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2d canvas context');
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, width, height);
    return { width, height, data: pixels.data, channels: 4 };
  } finally {
    bitmap.close();
  }
}
