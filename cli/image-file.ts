/**
 * Node-side image decoding for hashing photos from files (admins hashing leaders' photos, the
 * reference test). Pure-JS decoders (jpeg-js, pngjs) so the tool needs no native build.
 * A JPEG's EXIF orientation is applied, so the picture is hashed upright as browsers show it and
 * as Facebook re-encodes it (see lib/photos/exif-orientation.ts). Meta's reference hashes stored
 * pixels; the 20 reference images are all stored upright (orientation 1 or none), so both agree there.
 */
import { readFile } from 'node:fs/promises';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { exifOrientation, uprightTurnFor } from '../lib/photos/exif-orientation';
import { turnedCopy, type RgbaImage } from '../lib/photos/pdq';

/** A file that could not be read or decoded; the message names the file and says why, on one line. */
export class ImageFileError extends Error {
  override name = 'ImageFileError';
}

// Large enough for any camera photo, small enough that a hostile header cannot make us allocate gigabytes.
const MAX_MEGAPIXELS = 100;

type ImageKind = 'jpeg' | 'png';

/** Recognised by content, not by file name: photos saved from browsers often carry the wrong extension. */
export function imageKind(bytes: Uint8Array): ImageKind | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (pngSignature.every((b, i) => bytes[i] === b)) return 'png';
  return undefined;
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.trim() || 'unknown error';
}

export function decodeImageBytes(bytes: Uint8Array, label: string): RgbaImage {
  const kind = imageKind(bytes);
  if (kind === undefined) throw new ImageFileError(`${label}: not a JPEG or PNG image`);
  try {
    if (kind === 'jpeg') {
      // Strict decoding: a truncated or corrupt photo must fail loudly, not be hashed as grey filler.
      const decoded = jpeg.decode(bytes, {
        useTArray: true,
        formatAsRGBA: false,
        tolerantDecoding: false,
        maxResolutionInMP: MAX_MEGAPIXELS,
      });
      const stored: RgbaImage = { width: decoded.width, height: decoded.height, data: decoded.data, channels: 3 };
      // jpeg-js hands over the APP1 payload but does not declare it in its types.
      const exif = (decoded as { exifBuffer?: Uint8Array }).exifBuffer;
      const turn = exif === undefined ? 'orig' : uprightTurnFor(exifOrientation(exif));
      return turn === 'orig' ? stored : turnedCopy(stored, turn);
    }
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    if (png.width * png.height > MAX_MEGAPIXELS * 1024 * 1024) throw new Error(`${png.width}x${png.height} is too large`);
    return { width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength), channels: 4 };
  } catch (error) {
    throw new ImageFileError(`${label}: cannot decode ${kind === 'jpeg' ? 'JPEG' : 'PNG'} (${oneLine(error)})`);
  }
}

export async function readImageFile(file: string): Promise<RgbaImage> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ImageFileError(`${file}: cannot read (${code ?? oneLine(error)})`);
  }
  return decodeImageBytes(bytes, file);
}
