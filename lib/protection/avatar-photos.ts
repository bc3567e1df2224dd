import { avatarSource } from '../photos/avatar-source';
import { AvatarHashError } from '../photos/fetch-avatar';
import { bestPhotoMatch, PDQ_MIN_QUALITY, type PdqDihedralResult } from '../photos/pdq';
import type { ProtocolSubject } from '../protocol/messages';
import type { PhotoHashEntry, ProtectionDb } from '../store/db';
import { cachedPhotoHash, rememberPhotoHash } from '../store/photo-hashes';
import type { LeaderPhotoRef } from '../verdict/engine';
import type { PhotoEvidence } from '../verdict/judge';

/** Fetches, decodes and hashes one avatar (lib/photos/fetch-avatar.ts in the extension; canned in tests). */
export type AvatarHasher = (url: string) => Promise<PdqDihedralResult>;

/** What is known about an avatar at the moment of a judgement. */
export interface AvatarLookup {
  evidence?: PhotoEvidence;
  /** An address worth hashing that is not hashed yet: the verdict goes out without it, and is refined later. */
  pendingUrl?: string;
}

/**
 * The leader whose listed photo is nearest to any of the avatar's hashes (the picture and its turned and mirrored
 * copies). A flat picture (quality below PDQ_MIN_QUALITY) proves nothing, whoever it resembles.
 */
export function photoEvidence(hashes: readonly string[], quality: number, photos: readonly LeaderPhotoRef[]): PhotoEvidence | undefined {
  if (quality < PDQ_MIN_QUALITY || photos.length === 0) return undefined;
  let best: PhotoEvidence | undefined;
  for (const hash of hashes) {
    const match = bestPhotoMatch(hash, photos);
    if (match && (best === undefined || match.distance < best.distance)) best = match;
  }
  return best;
}

/**
 * Avatar photos for the verdicts: the hash a content script sent (blob: avatars), else the cached hash of the
 * address, else nothing yet and the address to hash. Hashing runs once per address at a time, and every outcome,
 * failures included, is cached, so a page that asks every 400 ms causes one fetch.
 */
export function createAvatarPhotos(db: ProtectionDb, hashAvatar: AvatarHasher, now: () => Date = () => new Date()) {
  const inFlight = new Map<string, Promise<PhotoHashEntry>>();

  async function lookup(subject: ProtocolSubject | undefined, photos: readonly LeaderPhotoRef[]): Promise<AvatarLookup> {
    // No listed photo, nothing to compare with: no request leaves the machine.
    if (!subject || subject.isGroup || photos.length === 0) return {};
    if (subject.avatarPdq !== undefined) return { evidence: photoEvidence([subject.avatarPdq], subject.avatarQuality ?? 0, photos) };
    if (!subject.avatarUrl) return {};
    const source = avatarSource(subject.avatarUrl);
    if (source.kind !== 'fetch') return {};
    const cached = await cachedPhotoHash(db, source.url, now());
    if (!cached) return { pendingUrl: source.url };
    return { evidence: cached.hashes ? photoEvidence(cached.hashes, cached.quality ?? 0, photos) : undefined };
  }

  /** Hashes an address (validated again: callers may pass anything) and caches the outcome. Never rejects. */
  function hash(url: string): Promise<PhotoHashEntry> {
    const running = inFlight.get(url);
    if (running) return running;
    const job = (async (): Promise<PhotoHashEntry> => {
      const source = avatarSource(url);
      if (source.kind !== 'fetch') return { url, error: `not fetched (${source.kind === 'skip' ? source.reason : 'page blob'})`, hashedAt: now().toISOString() };
      let entry: PhotoHashEntry;
      try {
        const { hashes, quality } = await hashAvatar(source.url);
        entry = quality < PDQ_MIN_QUALITY
          ? { url, quality, error: `quality ${quality} is below ${PDQ_MIN_QUALITY}`, hashedAt: now().toISOString() }
          : { url, hashes: Object.values(hashes), quality, hashedAt: now().toISOString() };
      } catch (error) {
        const reason = error instanceof AvatarHashError ? error.message : `unexpected: ${error instanceof Error ? error.message : String(error)}`;
        entry = { url, error: reason, hashedAt: now().toISOString() };
      }
      // A full or broken store costs a refetch later, never the answer.
      await rememberPhotoHash(db, entry).catch(() => undefined);
      return entry;
    })().finally(() => inFlight.delete(url));
    inFlight.set(url, job);
    return job;
  }

  return { lookup, hash };
}

export type AvatarPhotos = ReturnType<typeof createAvatarPhotos>;
