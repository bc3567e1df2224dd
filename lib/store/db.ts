import Dexie, { type EntityTable, type Table } from 'dexie';
import type { LeaderDirectory } from '../directory/schema';

/**
 * The extension's IndexedDB, owned by the background (IndexedDB in a content script would belong to the page's
 * origin). Everything the service worker needs after a restart lives here, not only in memory.
 *
 * Schema history: one `version(n)` per change, never edited once shipped; tests/store/migrations.test.ts walks
 * every step over a database written by the previous version.
 */

/** One version of one publisher's directory, exactly as accepted. */
export interface StoredDirectory {
  publisherId: string;
  version: number;
  payload: LeaderDirectory;
  /** Where it came from: the bundled demo, a signed feed, or an admin's import. */
  source: 'bundled' | 'feed' | 'import';
  receivedAt: string;
}

/** A subscribed publisher and the version in use. */
export interface PublisherState {
  id: string;
  activeVersion: number;
  source: StoredDirectory['source'];
  feedUrl?: string;
  lastCheckAt?: string;
  lastError?: string;
}

/** An account the user said was wrongly flagged: no more banners for it. */
export interface MistakeMark {
  /** `platform:id:<id>`, `platform:username:<name>` or `platform:phone:<digits>`. */
  accountKey: string;
  name?: string;
  leaderId?: string;
  markedAt: string;
}

/**
 * An avatar address already hashed (or found unusable), so the next judgement of the same avatar needs no fetch.
 * Added in version 2.
 */
export interface PhotoHashEntry {
  /** The avatar's address exactly as the page showed it. */
  url: string;
  /** The hashes of the picture and its turned and mirrored copies (lib/photos/pdq DIHEDRAL_NAMES order), if any. */
  hashes?: string[];
  quality?: number;
  /** Why no hash: the fetch failed, the bytes would not decode, the picture was too flat. */
  error?: string;
  /** ISO time; entries expire (lib/store/photo-hashes.ts). */
  hashedAt: string;
}

export class ProtectionDb extends Dexie {
  /** Keyed by [publisherId, version]. */
  directories!: Table<StoredDirectory, [string, number]>;
  publishers!: EntityTable<PublisherState, 'id'>;
  mistakes!: EntityTable<MistakeMark, 'accountKey'>;
  photoHashes!: EntityTable<PhotoHashEntry, 'url'>;

  constructor(name = 'chong-gia-danh', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      directories: '[publisherId+version], publisherId',
      publishers: 'id',
      mistakes: 'accountKey',
    });
    // Version 2: the avatar hash cache. Tables not named keep their schema and their rows; nothing to convert.
    this.version(2).stores({
      photoHashes: 'url, hashedAt',
    });
  }
}
