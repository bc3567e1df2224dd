import { hashPageBlobImage } from '@/lib/photos/page-image';
import type { ProtocolReading } from '@/lib/protocol/messages';

/**
 * Zalo Web shows many avatars from blob: addresses that only the page can read: the content script hashes such an
 * avatar itself (lib/photos/page-image.ts) and sends the hash with its reading, never the picture. Other avatars
 * are fetched and hashed by the background. Each blob is hashed once: the page is asked about every 400 ms while
 * a chat fills up, and a blob address always shows the same bytes.
 */
export function createBlobAvatarHasher(document: Document) {
  const known = new Map<string, Promise<{ hash: string; quality: number } | undefined>>();

  return async function withBlobAvatarHash(reading: ProtocolReading): Promise<ProtocolReading> {
    const address = reading.subject?.avatarUrl;
    if (!reading.subject || reading.subject.isGroup || !address?.startsWith('blob:')) return reading;
    let hashing = known.get(address);
    if (!hashing) {
      if (known.size >= 50) known.clear();
      hashing = hashPageBlobImage(address, document);
      known.set(address, hashing);
    }
    const result = await hashing;
    if (!result) return reading;
    return { ...reading, subject: { ...reading.subject, avatarPdq: result.hash, avatarQuality: result.quality } };
  };
}
