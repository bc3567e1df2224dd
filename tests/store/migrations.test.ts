import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { demoDirectory } from '../../lib/directory/demo';
import { ProtectionDb } from '../../lib/store/db';
import { activeDirectories } from '../../lib/store/directories';
import { isMarkedMistake, listMistakes } from '../../lib/store/mistakes';
import { cachedPhotoHash, rememberPhotoHash } from '../../lib/store/photo-hashes';

/**
 * Every schema step over a database written by the previous version. The writer below is version 1 as shipped
 * (lib/store/db.ts before the photo cache), frozen here: the test must keep opening what users already have.
 */
class ShippedVersion1 extends Dexie {
  constructor(name: string, options: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ directories: '[publisherId+version], publisherId', publishers: 'id', mistakes: 'accountKey' });
  }
}

/** Version 2 as shipped: version 1 plus the avatar hash cache. */
class ShippedVersion2 extends Dexie {
  constructor(name: string, options: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ directories: '[publisherId+version], publisherId', publishers: 'id', mistakes: 'accountKey' });
    this.version(2).stores({ photoHashes: 'url, hashedAt' });
  }
}

const storedAt = '2026-11-20T08:00:00.000Z';

async function writtenByVersion1(indexedDB: IDBFactory): Promise<void> {
  const v1 = new ShippedVersion1('chong-gia-danh', { indexedDB, IDBKeyRange });
  await v1.table('directories').bulkPut([
    { publisherId: 'demo-qt', version: 1, payload: demoDirectory, source: 'bundled', receivedAt: storedAt },
    { publisherId: 'demo-qt', version: 2, payload: { ...demoDirectory, version: 2 }, source: 'feed', receivedAt: storedAt },
  ]);
  await v1.table('publishers').put({ id: 'demo-qt', activeVersion: 2, source: 'feed', feedUrl: 'https://example.org/feed.json' });
  await v1.table('mistakes').put({ accountKey: 'facebook:id:100099988877766', name: 'GĐ Lê Quang Mïnh', leaderId: 'qt-stc-gd', markedAt: storedAt });
  expect(v1.verno).toBe(1);
  v1.close();
}

describe('store migrations', () => {
  it('version 1 to 3: directories, publishers and mistakes intact, an empty avatar hash cache and empty sync tables', async () => {
    const indexedDB = new IDBFactory();
    await writtenByVersion1(indexedDB);
    const db = new ProtectionDb('chong-gia-danh', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.subscriptions.count()).toBe(0);
    expect(await db.syncStates.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);

    const { directories, problems } = await activeDirectories(db);
    expect(problems).toEqual([]);
    expect(directories).toEqual([{ ...demoDirectory, version: 2 }]);
    expect(await db.directories.count()).toBe(2);
    expect(await db.publishers.get('demo-qt')).toMatchObject({ activeVersion: 2, feedUrl: 'https://example.org/feed.json' });
    expect(await listMistakes(db)).toEqual([
      { accountKey: 'facebook:id:100099988877766', name: 'GĐ Lê Quang Mïnh', leaderId: 'qt-stc-gd', markedAt: storedAt },
    ]);
    expect(await isMarkedMistake(db, 'facebook:id:100099988877766')).toBe(true);

    expect(await db.photoHashes.count()).toBe(0);
    const entry = { url: 'https://scontent.fhan2-3.fna.fbcdn.net/v/t39.30808-1/a_n.jpg?oh=00_x&oe=6A2F3B1C', hashes: ['ab'.repeat(32)], quality: 100, hashedAt: storedAt };
    await rememberPhotoHash(db, entry);
    expect(await cachedPhotoHash(db, entry.url, new Date('2026-11-20T09:00:00Z'))).toEqual(entry);
    db.close();

    // And it opens again as version 3 with everything in place.
    const reopened = new ProtectionDb('chong-gia-danh', { indexedDB, IDBKeyRange });
    expect(await reopened.photoHashes.count()).toBe(1);
    expect(await reopened.mistakes.count()).toBe(1);
    reopened.close();
  });

  it('version 2 to 3: the avatar hash cache and the directory in use kept; sync state starts empty', async () => {
    const indexedDB = new IDBFactory();
    const v2 = new ShippedVersion2('chong-gia-danh', { indexedDB, IDBKeyRange });
    await v2.table('directories').put({ publisherId: 'demo-qt', version: 1, payload: demoDirectory, source: 'bundled', receivedAt: storedAt });
    await v2.table('publishers').put({ id: 'demo-qt', activeVersion: 1, source: 'bundled' });
    const entry = { url: 'https://s120-ava-talk.zadn.vn/a/b.jpg', hashes: ['cd'.repeat(32)], quality: 90, hashedAt: storedAt };
    await v2.table('photoHashes').put(entry);
    v2.close();

    const db = new ProtectionDb('chong-gia-danh', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(3);
    expect((await activeDirectories(db)).directories).toEqual([demoDirectory]);
    expect(await cachedPhotoHash(db, entry.url, new Date('2026-11-20T09:00:00Z'))).toEqual(entry);
    expect(await db.syncStates.count()).toBe(0);
    await db.subscriptions.put({ id: 'hn-pa05', feedUrl: 'https://feeds.example.org/hn.manifest.json', publicKey: `${'A'.repeat(43)}=`, addedAt: storedAt });
    expect(await db.subscriptions.get('hn-pa05')).toMatchObject({ feedUrl: 'https://feeds.example.org/hn.manifest.json' });
    db.close();
  });
});
