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

export class ProtectionDb extends Dexie {
  /** Keyed by [publisherId, version]. */
  directories!: Table<StoredDirectory, [string, number]>;
  publishers!: EntityTable<PublisherState, 'id'>;
  mistakes!: EntityTable<MistakeMark, 'accountKey'>;

  constructor(name = 'chong-gia-danh', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      directories: '[publisherId+version], publisherId',
      publishers: 'id',
      mistakes: 'accountKey',
    });
  }
}
