import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoDirectory } from '../../lib/directory/demo';
import { ProtectionDb } from '../../lib/store/db';
import { activeDirectories, seedIfEmpty } from '../../lib/store/directories';
import { addPublisher, publisherStatuses, removePublisher, syncAll, type SyncEnv } from '../../lib/sync';
import { payloadBytes, testPublisher, type TestPublisher } from '../feed/helpers';
import { fakeFeedHost } from './fake-feed-host';

/**
 * Publishers added by hand: their id comes from their manifest, their feeds are trusted with the key the user gave
 * and for that id only; several publishers are used together; the bundled demo goes once a real directory arrives
 * and comes back when the last publisher is removed.
 */
const now = new Date('2026-11-15T00:00:00Z');
let db: ProtectionDb;
let host: ReturnType<typeof fakeFeedHost>;
let builtIn: TestPublisher;
let province: TestPublisher;
let env: SyncEnv;

/** A directory of publisher `id`, signed by `by`. */
function payloadOf(id: string, version: number, leaderName: string) {
  return payloadBytes((d) => {
    d.publisher = { id, name: `Công an tỉnh ${id}` };
    d.version = version;
    d.issuedAt = '2026-11-10T00:00:00Z';
    d.leaders = [{ id: `${id}-gd`, name: leaderName, accounts: [{ platform: 'zalo', phone: '0911000111' }] }];
    d.flagged = [];
  });
}

beforeEach(async () => {
  db = new ProtectionDb(`manage-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedIfEmpty(db, demoDirectory);
  host = fakeFeedHost();
  builtIn = await testPublisher();
  province = await testPublisher('2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z', 'hn-2026');
  env = { db, fetch: host.fetch, now: () => now, builtIn: [builtIn.trusted], timeoutMs: 1000 };
});

describe('adding a publisher', () => {
  it('learns its id from the manifest, polls it at once, and uses it beside the others; the demo goes', async () => {
    host.publish(await province.sign(payloadOf('hn-pa05', 7, 'Trần Thị Hà')));
    const added = await addPublisher(env, { feedUrl: host.manifestUrl('hn-pa05'), publicKey: province.pair.publicKey });
    expect(added).toEqual({ ok: true, publisherId: 'hn-pa05', sync: { publisherId: 'hn-pa05', outcome: 'applied', version: 7 } });
    expect(await db.subscriptions.get('hn-pa05')).toMatchObject({ feedUrl: host.manifestUrl('hn-pa05'), publicKey: province.pair.publicKey });
    // The bundled demo (invented leaders) is dropped once a real directory is in use.
    expect((await activeDirectories(db)).directories.map((d) => d.publisher.id)).toEqual(['hn-pa05']);

    // The built-in publisher's feed arrives too: both directories are used together.
    host.publish(await builtIn.sign(payloadBytes((d) => (d.version = 2))));
    await syncAll(env);
    expect((await activeDirectories(db)).directories.map((d) => `${d.publisher.id}@${d.version}`).sort()).toEqual(['demo-qt@2', 'hn-pa05@7']);

    const statuses = await publisherStatuses(db, env.builtIn, now);
    expect(statuses.map((s) => [s.id, s.builtIn, s.removable, s.version])).toEqual([
      ['demo-qt', true, false, 2],
      ['hn-pa05', false, true, 7],
    ]);
  });

  it('refuses a key that is not an Ed25519 public key, and a publisher id that is built in or already added', async () => {
    expect(await addPublisher(env, { feedUrl: host.manifestUrl('hn-pa05'), publicKey: 'AAAA' })).toMatchObject({ ok: false, error: 'invalid-key' });

    // A manifest claiming the built-in publisher's id: a hand-typed key may never sign for it.
    host.publish(await province.sign(payloadBytes((d) => (d.version = 9))));
    expect(await addPublisher(env, { feedUrl: host.manifestUrl('demo-qt'), publicKey: province.pair.publicKey })).toMatchObject({ ok: false, error: 'built-in' });
    expect(await db.subscriptions.count()).toBe(0);

    host.publish(await province.sign(payloadOf('hn-pa05', 1, 'Trần Thị Hà')));
    expect((await addPublisher(env, { feedUrl: host.manifestUrl('hn-pa05'), publicKey: province.pair.publicKey })).ok).toBe(true);
    expect(await addPublisher(env, { feedUrl: host.manifestUrl('hn-pa05'), publicKey: province.pair.publicKey })).toMatchObject({ ok: false, error: 'already-added' });
  });

  it('says why when the address does not answer with a manifest', async () => {
    expect(await addPublisher(env, { feedUrl: host.manifestUrl('nobody'), publicKey: province.pair.publicKey })).toMatchObject({ ok: false, error: 'http-error' });
    host.files.set('junk.manifest.json', 'not json');
    expect(await addPublisher(env, { feedUrl: host.manifestUrl('junk'), publicKey: province.pair.publicKey })).toMatchObject({ ok: false, error: 'malformed-manifest' });
  });

  it('a stored subscription with a built-in id is ignored: the built-in key stays the only one trusted', async () => {
    await db.subscriptions.put({ id: 'demo-qt', feedUrl: host.manifestUrl('demo-qt'), publicKey: province.pair.publicKey, addedAt: now.toISOString() });
    // Signed with the hand-typed key under the built-in publisher's id: refused, as the built-in key alone counts.
    host.publish(await province.sign(payloadBytes((d) => (d.version = 2))));
    expect(await syncAll(env)).toEqual([{ publisherId: 'demo-qt', outcome: 'failed', code: 'unknown-key', version: 1 }]);
  });

  it('a hand-added key signs only for its own publisher', async () => {
    host.publish(await province.sign(payloadOf('hn-pa05', 1, 'Trần Thị Hà')));
    await addPublisher(env, { feedUrl: host.manifestUrl('hn-pa05'), publicKey: province.pair.publicKey });
    // Its next "version" is signed by someone else's key: refused, version 1 kept.
    host.publish(await builtIn.sign(payloadOf('hn-pa05', 2, 'Kẻ Gian')));
    expect(await syncAll(env, { force: true })).toContainEqual({ publisherId: 'hn-pa05', outcome: 'failed', code: 'bad-signature', version: 1 });
  });
});

describe('removing a publisher', () => {
  it('removes its subscription, poll state and directories; only added publishers can be removed', async () => {
    host.publish(await province.sign(payloadOf('hn-pa05', 3, 'Trần Thị Hà')));
    await addPublisher(env, { feedUrl: host.manifestUrl('hn-pa05'), publicKey: province.pair.publicKey });
    expect(await removePublisher(env, 'demo-qt')).toEqual({ ok: false });
    expect(await removePublisher(env, 'hn-pa05')).toEqual({ ok: true, feedUrl: host.manifestUrl('hn-pa05') });
    expect(await db.subscriptions.count()).toBe(0);
    expect(await db.syncStates.get('hn-pa05')).toBeUndefined();
    expect(await db.directories.where('publisherId').equals('hn-pa05').count()).toBe(0);
    // Nothing left in use: the demo comes back to keep protection on.
    expect(await seedIfEmpty(db, demoDirectory)).toBe(true);
    expect((await activeDirectories(db)).directories.map((d) => d.publisher.id)).toEqual(['demo-qt']);
  });
});
