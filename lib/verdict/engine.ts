import type { LeaderDirectory, Publisher } from '../directory/schema';
import { createAccountIndex, type AccountIndex } from '../directory/index-accounts';
import { createNameIndex, type NameIndex } from '../names';

/** A leader's photo hash, for matching avatars. */
export interface LeaderPhotoRef {
  leaderId: string;
  pdq: string;
  quality: number;
}

/**
 * Everything a verdict needs from the directories, built once per directory version: the exact account and
 * flag lookups, the name index and the photo list. Several publishers' directories are merged.
 */
export interface DetectionEngine {
  accounts: AccountIndex;
  names: NameIndex;
  photos: LeaderPhotoRef[];
  /** Publisher ids and versions, so a cache can tell when the engine is stale. */
  sources: { publisherId: string; version: number }[];
  /** Each publisher's details: its contacts are where a user reports what they found. */
  publishers: Map<string, Publisher>;
}

export function createDetectionEngine(directories: readonly LeaderDirectory[]): DetectionEngine {
  const accounts = createAccountIndex(directories);
  const leaders = accounts.leaders();
  return {
    accounts,
    // Title and organisation break ties between leaders with the same name ("Nguyen Van Hung - So GD&DT").
    names: createNameIndex(
      leaders.map(({ leader }) => ({ leaderId: leader.id, name: leader.name, aliases: leader.aliases, title: leader.title, organization: leader.organization })),
    ),
    photos: leaders.flatMap(({ leader }) => leader.photos.map((p) => ({ leaderId: leader.id, pdq: p.pdq, quality: p.quality }))),
    sources: directories.map((d) => ({ publisherId: d.publisher.id, version: d.version })),
    publishers: new Map(directories.map((d) => [d.publisher.id, d.publisher])),
  };
}
