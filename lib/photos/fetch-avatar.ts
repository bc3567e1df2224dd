import { pdqHashTurnedCopies, type PdqDihedralResult, type RgbaImage } from './pdq';

/**
 * Fetching and hashing one avatar in the background. The fetch and the decoder are passed in, so the same code
 * runs in the service worker (fetch, createImageBitmap) and in tests (canned responses, a pure-JS decoder).
 */
export interface AvatarFetchOptions {
  fetch: typeof fetch;
  decode: (bytes: Blob) => Promise<RgbaImage>;
  /** Signed addresses expire within hours; an avatar that takes longer than this is not worth waiting for. */
  timeoutMs?: number;
  /** Avatars are a few tens of kilobytes; anything far larger is not an avatar. */
  maxBytes?: number;
}

export const AVATAR_TIMEOUT_MS = 10_000;
export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;

/** Why an avatar gave no hash: one line, for the cache and the logs. Never thrown past the caller. */
export class AvatarHashError extends Error {
  override name = 'AvatarHashError';
}

export async function fetchAvatarBytes(url: string, options: AvatarFetchOptions): Promise<Blob> {
  const { timeoutMs = AVATAR_TIMEOUT_MS, maxBytes = AVATAR_MAX_BYTES } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await options.fetch(url, {
      signal: controller.signal,
      // No cookies: the picture is public, and the user's session must not travel with our request.
      credentials: 'omit',
      // Only the validated address is ever fetched; a redirect elsewhere is refused, not followed.
      redirect: 'error',
      referrerPolicy: 'no-referrer',
    });
    if (!response.ok) throw new AvatarHashError(`HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) throw new AvatarHashError(`${declared} bytes is more than ${maxBytes}`);
    if (!response.body) throw new AvatarHashError('empty response');
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new AvatarHashError(`more than ${maxBytes} bytes`);
      }
      chunks.push(value);
    }
    return new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? '' });
  } catch (error) {
    if (error instanceof AvatarHashError) throw error;
    if (controller.signal.aborted) throw new AvatarHashError(`no answer within ${timeoutMs} ms`);
    throw new AvatarHashError(`fetch failed (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The avatar's PDQ hash and those of its turned and mirrored copies (a mirrored leader's photo is a common trick).
 * Every failure (network, size, a picture that will not decode) is an AvatarHashError.
 */
export async function hashAvatar(url: string, options: AvatarFetchOptions): Promise<PdqDihedralResult> {
  const bytes = await fetchAvatarBytes(url, options);
  let image: RgbaImage;
  try {
    image = await options.decode(bytes);
  } catch (error) {
    throw new AvatarHashError(`cannot decode the image (${error instanceof Error ? error.message : String(error)})`);
  }
  return pdqHashTurnedCopies(image);
}
