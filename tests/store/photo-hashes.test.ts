import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProtectionDb } from '../../lib/store/db';
import { cachedPhotoHash, PHOTO_ERROR_TTL_MS, PHOTO_HASH_TTL_MS, rememberPhotoHash } from '../../lib/store/photo-hashes';

let db: ProtectionDb;
beforeEach(() => {
  db = new ProtectionDb('test', { indexedDB: new IDBFactory(), IDBKeyRange });
});
afterEach(() => db.close());

const start = new Date('2026-11-20T08:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);
const url = (i: number) => `https://scontent.fhan2-3.fna.fbcdn.net/v/t39.30808-1/${i}_n.jpg?oh=00_x&oe=6A2F3B1C`;
const hash = (i: number) => i.toString(16).padStart(64, '0');

describe('avatar hash cache', () => {
  it('keeps a hash for a week and a failure for an hour', async () => {
    await rememberPhotoHash(db, { url: url(1), hashes: [hash(1)], quality: 100, hashedAt: start.toISOString() });
    await rememberPhotoHash(db, { url: url(2), error: 'HTTP 403', hashedAt: start.toISOString() });
    expect(await cachedPhotoHash(db, url(1), at(PHOTO_HASH_TTL_MS - 1))).toMatchObject({ hashes: [hash(1)] });
    expect(await cachedPhotoHash(db, url(1), at(PHOTO_HASH_TTL_MS))).toBeUndefined();
    expect(await cachedPhotoHash(db, url(2), at(PHOTO_ERROR_TTL_MS - 1))).toMatchObject({ error: 'HTTP 403' });
    expect(await cachedPhotoHash(db, url(2), at(PHOTO_ERROR_TTL_MS))).toBeUndefined();
  });

  it('holds at most the limit, dropping the oldest first', async () => {
    for (let i = 0; i < 8; i++) await rememberPhotoHash(db, { url: url(i), hashes: [hash(i)], quality: 90, hashedAt: at(i * 1000).toISOString() }, 5);
    expect(await db.photoHashes.count()).toBe(5);
    expect((await db.photoHashes.toCollection().primaryKeys()).sort()).toEqual([3, 4, 5, 6, 7].map(url).sort());
  });

  it('ignores a stored entry of the wrong shape (storage is a boundary too)', async () => {
    await db.photoHashes.put({ url: url(9), hashes: ['not a hash'], quality: 100, hashedAt: start.toISOString() });
    expect(await cachedPhotoHash(db, url(9), start)).toBeUndefined();
  });
});
