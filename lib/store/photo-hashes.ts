import { z } from 'zod';
import type { PhotoHashEntry, ProtectionDb } from './db';

/**
 * The avatar hash cache: by address, bounded, expiring. A signed Facebook address changes when the photo or the
 * signature does, so an address stands for one picture; entries still expire, as a Zalo address may be reused.
 */
export const PHOTO_CACHE_LIMIT = 500;
/** A hash is kept for a week; a failure only for an hour (the network may come back, the link may be renewed). */
export const PHOTO_HASH_TTL_MS = 7 * 24 * 3600_000;
export const PHOTO_ERROR_TTL_MS = 3600_000;

const pdqHex = z.string().regex(/^[0-9a-f]{64}$/i);
const entrySchema = z.object({
  url: z.string(),
  hashes: z.array(pdqHex).min(1).max(8).optional(),
  quality: z.number().int().min(0).max(100).optional(),
  error: z.string().optional(),
  hashedAt: z.iso.datetime(),
});

function isFresh(entry: PhotoHashEntry, now: Date): boolean {
  const age = now.getTime() - Date.parse(entry.hashedAt);
  return age >= 0 && age < (entry.error === undefined ? PHOTO_HASH_TTL_MS : PHOTO_ERROR_TTL_MS);
}

/** The cached entry for an address, if fresh and well-formed (storage is a boundary too). */
export async function cachedPhotoHash(db: ProtectionDb, url: string, now: Date = new Date()): Promise<PhotoHashEntry | undefined> {
  const parsed = entrySchema.safeParse(await db.photoHashes.get(url));
  if (!parsed.success || !isFresh(parsed.data, now)) return undefined;
  return parsed.data;
}

/** Stores an entry and trims the cache to its newest PHOTO_CACHE_LIMIT entries, in one transaction. */
export async function rememberPhotoHash(db: ProtectionDb, entry: PhotoHashEntry, limit = PHOTO_CACHE_LIMIT): Promise<void> {
  await db.transaction('rw', db.photoHashes, async () => {
    await db.photoHashes.put(entry);
    const excess = (await db.photoHashes.count()) - limit;
    if (excess > 0) await db.photoHashes.orderBy('hashedAt').limit(excess).delete();
  });
}
