import { pdqHash, type PdqResult } from './pdq';

/**
 * For the content script: hashes an avatar shown from a blob: address. Zalo Web renders many avatars from
 * `blob:https://chat.zalo.me/...`, which only the page can read; being same-origin, the picture drawn to a canvas
 * does not taint it, so its pixels can be read here. Only the 64-hex hash (and its quality) leaves the page,
 * never the picture. Undefined when the address is not the page's own blob or the picture will not load
 * (a revoked blob, a broken image): the verdict then goes on without the photo.
 */
export async function hashPageBlobImage(address: string, document: Document): Promise<PdqResult | undefined> {
  const origin = document.location?.origin;
  if (!address.startsWith(`blob:${origin}/`)) return undefined;
  try {
    const image = document.createElement('img');
    image.src = address;
    await image.decode();
    const { naturalWidth: width, naturalHeight: height } = image;
    if (width === 0 || height === 0 || width * height > 4096 * 4096) return undefined;
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return undefined;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, width, height);
    return pdqHash({ width, height, data: pixels.data, channels: 4 });
  } catch {
    return undefined;
  }
}
