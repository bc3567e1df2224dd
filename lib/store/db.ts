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

/**
 * A publisher the user subscribed to by hand (options page): the manifest's address and the public key the user
 * was given. Its feeds are trusted with that key only, and only for this publisher id. Added in version 3.
 */
export interface FeedSubscription {
  /** The publisher id, read from its manifest when it was added. */
  id: string;
  feedUrl: string;
  /** Base64 of the raw 32-byte Ed25519 public key. */
  publicKey: string;
  addedAt: string;
}

/**
 * How the last polls of one publisher's feed went (built-in or added). Added in version 3. Kept apart from
 * `publishers` (the directory in use): a publisher can be polled, and fail, before it has any directory.
 */
export interface SyncState {
  publisherId: string;
  lastCheckAt?: string;
  lastSuccessAt?: string;
  /** Why the last poll failed, as a plain Vietnamese sentence, its code, and the technical reason. */
  lastError?: string;
  lastErrorCode?: string;
  lastErrorDetail?: string;
  /** Failures in a row; the next scheduled poll waits longer after each (lib/sync/backoff.ts). */
  failures: number;
  nextAttemptAt?: string;
  /** The manifest's ETag after a poll that finished: the next poll asks If-None-Match. */
  etag?: string;
}

/** One user setting (lib/settings), validated with zod whenever it is read. Added in version 3. */
export interface SettingRow {
  key: string;
  value: unknown;
}

export class ProtectionDb extends Dexie {
  /** Keyed by [publisherId, version]. */
  directories!: Table<StoredDirectory, [string, number]>;
  publishers!: EntityTable<PublisherState, 'id'>;
  mistakes!: EntityTable<MistakeMark, 'accountKey'>;
  photoHashes!: EntityTable<PhotoHashEntry, 'url'>;
  subscriptions!: EntityTable<FeedSubscription, 'id'>;
  syncStates!: EntityTable<SyncState, 'publisherId'>;
  settings!: EntityTable<SettingRow, 'key'>;

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
    // Version 3: directory sync (publishers added by the user, poll state) and settings. New tables only.
    this.version(3).stores({
      subscriptions: 'id',
      syncStates: 'publisherId',
      settings: 'key',
    });
  }
}
