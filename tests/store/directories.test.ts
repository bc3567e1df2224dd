import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoDirectory } from '../../lib/directory/demo';
import type { LeaderDirectory } from '../../lib/directory/schema';
import { ProtectionDb } from '../../lib/store/db';
import { activeDirectories, activeStamp, applyDirectory, DirectoryRefused, seedIfEmpty } from '../../lib/store/directories';
import { accountKeyOf, isMarkedMistake, listMistakes, markMistake, unmarkMistake } from '../../lib/store/mistakes';

let db: ProtectionDb;
beforeEach(() => {
  db = new ProtectionDb('test', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

const withVersion = (d: LeaderDirectory, version: number, leaders = d.leaders): LeaderDirectory => ({ ...d, version, leaders });

describe('directory store', () => {
  it('seeds the bundled demo once, and reads it back validated', async () => {
    expect(await seedIfEmpty(db, demoDirectory)).toBe(true);
    expect(await seedIfEmpty(db, demoDirectory)).toBe(false);
    const { directories, problems } = await activeDirectories(db);
    expect(problems).toEqual([]);
    expect(directories).toEqual([demoDirectory]);
    expect(await activeStamp(db)).toBe('demo-qt@1');
  });

  it('takes a newer version and refuses an older or equal one, leaving the active one intact', async () => {
    await applyDirectory(db, demoDirectory, 'feed');
    const v2 = withVersion(demoDirectory, 2, demoDirectory.leaders.slice(0, 3));
    await applyDirectory(db, v2, 'feed');
    await expect(applyDirectory(db, withVersion(demoDirectory, 2), 'feed')).rejects.toBeInstanceOf(DirectoryRefused);
    await expect(applyDirectory(db, withVersion(demoDirectory, 1), 'feed')).rejects.toThrow(/not newer/);
    const { directories } = await activeDirectories(db);
    expect(directories).toEqual([v2]);
  });

  it('keeps the active version and one previous, dropping older ones', async () => {
    for (const v of [1, 2, 3, 4]) await applyDirectory(db, withVersion(demoDirectory, v), 'feed');
    const keys = await db.directories.toCollection().primaryKeys();
    expect(keys.map(([, v]) => v).sort()).toEqual([3, 4]);
  });

  it('holds several publishers at once', async () => {
    await applyDirectory(db, demoDirectory, 'bundled');
    const other: LeaderDirectory = { ...demoDirectory, publisher: { id: 'qb-pa05', name: 'Quảng Bình', contacts: [] }, version: 7 };
    await applyDirectory(db, other, 'feed');
    const { directories } = await activeDirectories(db);
    expect(directories.map((d) => d.publisher.id).sort()).toEqual(['demo-qt', 'qb-pa05']);
    expect(await activeStamp(db)).toBe('demo-qt@1,qb-pa05@7');
  });

  it('reports a damaged stored directory instead of using it', async () => {
    await applyDirectory(db, demoDirectory, 'feed');
    await db.directories.update(['demo-qt', 1], { payload: { schema: 9 } as unknown as LeaderDirectory });
    const { directories, problems } = await activeDirectories(db);
    expect(directories).toEqual([]);
    expect(problems[0]).toMatch(/demo-qt v1/);
  });
});

describe('accounts marked as mistakes', () => {
  it('remembers, lists and forgets them by a stable account key', async () => {
    const key = accountKeyOf({ platform: 'facebook', id: '100099' });
    expect(key).toBe('facebook:id:100099');
    expect(accountKeyOf({ platform: 'zalo', phone: '+84 912 345 678' })).toBe('zalo:phone:0912345678');
    expect(accountKeyOf({ platform: 'facebook' })).toBeUndefined();
    await markMistake(db, { accountKey: key!, name: 'Lê Quang Minh', leaderId: 'qt-stc-gd' });
    expect(await isMarkedMistake(db, key)).toBe(true);
    expect((await listMistakes(db)).map((m) => m.accountKey)).toEqual([key]);
    await unmarkMistake(db, key!);
    expect(await isMarkedMistake(db, key)).toBe(false);
    expect(await isMarkedMistake(db, undefined)).toBe(false);
  });
});
