import type { LeaderPhoto } from '../directory/schema';
import { PDQ_MIN_QUALITY, pdqHash, type RgbaImage } from '../photos/pdq';

/**
 * A leader's photo, hashed on the admin page. The page decodes the picked file (lib/photos/canvas-decode.ts);
 * this decides whether the hash is worth publishing. Below PDQ_MIN_QUALITY a PDQ hash is noise (a flat or
 * featureless picture) and would match strangers' avatars, so it is refused.
 */
export type PhotoHashResult = { ok: true; photo: LeaderPhoto } | { ok: false; reason: 'low-quality'; quality: number } | { ok: false; reason: 'undecodable' };

export function hashLeaderPhoto(image: RgbaImage): PhotoHashResult {
  const { hash, quality } = pdqHash(image);
  if (quality < PDQ_MIN_QUALITY) return { ok: false, reason: 'low-quality', quality };
  return { ok: true, photo: { pdq: hash, quality } };
}

/** Decodes with `decode` (the browser's decoders on the page, a fake in tests) and hashes; never throws. */
export async function hashPhotoFile(file: Blob, decode: (file: Blob) => Promise<RgbaImage>): Promise<PhotoHashResult> {
  let image: RgbaImage;
  try {
    image = await decode(file);
  } catch {
    return { ok: false, reason: 'undecodable' };
  }
  return hashLeaderPhoto(image);
}

export { PDQ_MIN_QUALITY };
