import { hammingDistance } from './hash256';

/** Meta's recommended thresholds (pdq/README.md): hashes within 31 bits are the same picture. */
export const PDQ_MATCH_DISTANCE = 31;
/** Quality <= 49 means a featureless picture whose hash is noise; such hashes prove nothing. */
export const PDQ_MIN_QUALITY = 50;

export interface PhotoCandidate {
  leaderId: string;
  pdq: string;
  quality: number;
}

export interface PhotoMatch {
  leaderId: string;
  distance: number;
}

/**
 * The leader whose listed photo is nearest to `hash`, if within PDQ_MATCH_DISTANCE. Listed photos
 * below PDQ_MIN_QUALITY are skipped: a blank or logo-like photo would otherwise "match" every other
 * blank avatar. The caller checks the quality of `hash` itself. Ties go to the first candidate.
 */
export function bestPhotoMatch(hash: string, candidates: readonly PhotoCandidate[]): PhotoMatch | undefined {
  let best: PhotoMatch | undefined;
  for (const candidate of candidates) {
    if (candidate.quality < PDQ_MIN_QUALITY) continue;
    const distance = hammingDistance(hash, candidate.pdq);
    if (distance <= PDQ_MATCH_DISTANCE && (best === undefined || distance < best.distance)) {
      best = { leaderId: candidate.leaderId, distance };
    }
  }
  return best;
}
