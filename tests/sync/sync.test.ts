import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoDirectory } from '../../lib/directory/demo';
import { MAX_FEED_BYTES, base64ToBytes, bytesToBase64, sha256Hex, type SignedFeed } from '../../lib/feed';
import { decodeUtf8, encodeUtf8 } from '../../lib/feed/bytes';
import { t } from '../../lib/i18n';
import { ProtectionDb } from '../../lib/store/db';
import { activeDirectories, seedIfEmpty } from '../../lib/store/directories';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffDelayMs, publisherStatuses, syncAll, type SyncEnv, type SyncFailureCode } from '../../lib/sync';
import { payloadBytes, testPublisher, type TestPublisher } from '../feed/helpers';
import { fakeFeedHost } from './fake-feed-host';

/**
 * The sync logic against an in-memory feed host and a fake IndexedDB, with a fixed clock: what is downloaded,
 * what is applied, what is refused (with the directory in use left exactly as it was), and when polls back off.
 */
const start = new Date('2026-11-15T00:00:00Z');
const minutes = (n: number) => n * 60_000;

let db: ProtectionDb;
let host: ReturnType<typeof fakeFeedHost>;
let publisher: TestPublisher;
let clock: Date;
let env: SyncEnv;

/** The demo payload as version `version`, with a leader added so a newer version is visibly different. */
async function signedVersion(version: number, by: TestPublisher = publisher, change: (d: Record<string, any>) => void = () => {}): Promise<SignedFeed> {
  return by.sign(
    payloadBytes((d) => {
      d.version = version;
      d.issuedAt = '2026-11-10T00:00:00Z';
      d.leaders.push({ id: `new-leader-v${version}`, name: 'Hoàng Văn Thử', title: 'Chủ tịch', organization: 'UBND huyện Thử' });
      change(d);
    }),
  );
}

/** Everything stored about directories, as text: "byte-identical" is compared on this. */
async function storedDirectories(): Promise<string> {
  return JSON.stringify({ directories: await db.directories.toArray(), publishers: await db.publishers.toArray() });
}

/** A feed whose payload bytes were changed after signing (one leader renamed). */
function tampered(feedText: string): string {
  const envelope = JSON.parse(feedText) as { payload: string };
  const text = (decodeUtf8(base64ToBytes(envelope.payload)!) ?? '').replace('Lê Quang Minh', 'Lê Quang Mính');
  return JSON.stringify({ ...envelope, payload: bytesToBase64(encodeUtf8(text)) });
}

beforeEach(async () => {
  db = new ProtectionDb(`sync-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedIfEmpty(db, demoDirectory);
  host = fakeFeedHost();
  publisher = await testPublisher('2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z');
  clock = start;
  env = { db, fetch: host.fetch, now: () => clock, builtIn: [publisher.trusted], timeoutMs: 1000 };
});

describe('a newer version', () => {
  it('is downloaded, verified and applied; the poll is recorded without an error', async () => {
    host.publish(await signedVersion(2));
    expect(await syncAll(env)).toEqual([{ publisherId: 'demo-qt', outcome: 'applied', version: 2 }]);
    const { directories } = await activeDirectories(db);
    expect(directories.map((d) => d.version)).toEqual([2]);
    expect(directories[0]!.leaders.map((l) => l.id)).toContain('new-leader-v2');
    expect(await db.publishers.get('demo-qt')).toMatchObject({ activeVersion: 2, source: 'feed', feedUrl: host.manifestUrl('demo-qt') });
    expect(await db.syncStates.get('demo-qt')).toMatchObject({ lastCheckAt: start.toISOString(), failures: 0 });
    expect((await db.syncStates.get('demo-qt'))?.lastError).toBeUndefined();
  });

  it('is not downloaded when the manifest offers no newer version', async () => {
    host.publish(await signedVersion(1));
    expect(await syncAll(env)).toEqual([{ publisherId: 'demo-qt', outcome: 'up-to-date', version: 1 }]);
    expect(host.feedDownloads()).toBe(0);
    expect(host.requests.map((r) => r.url)).toEqual([host.manifestUrl('demo-qt')]);
  });

  it('asks with If-None-Match after a finished poll, and a 304 downloads nothing', async () => {
    host.publish(await signedVersion(2));
    await syncAll(env);
    expect(host.feedDownloads()).toBe(1);
    const before = await storedDirectories();
    clock = new Date(start.getTime() + minutes(30));
    expect(await syncAll(env)).toEqual([{ publisherId: 'demo-qt', outcome: 'not-modified', version: 2 }]);
    expect(host.requests.at(-1)?.ifNoneMatch).toMatch(/^"[0-9a-f]{32}"$/);
    expect(host.feedDownloads()).toBe(1);
    expect(await storedDirectories()).toBe(before);
    expect((await db.syncStates.get('demo-qt'))?.lastCheckAt).toBe(clock.toISOString());
  });

  it('a later version is picked up at the next poll', async () => {
    host.publish(await signedVersion(2));
    await syncAll(env);
    host.publish(await signedVersion(3));
    clock = new Date(start.getTime() + minutes(30));
    expect(await syncAll(env)).toEqual([{ publisherId: 'demo-qt', outcome: 'applied', version: 3 }]);
    // Two versions kept: the active one and the one before (lib/store/directories.ts).
    expect((await db.directories.toArray()).map((d) => d.version).sort()).toEqual([2, 3]);
  });
});

describe('refused feeds leave the directory in use byte-identical and say why in Vietnamese', () => {
  async function expectRefused(code: SyncFailureCode): Promise<void> {
    const before = await storedDirectories();
    const [result] = await syncAll(env);
    expect(result).toMatchObject({ publisherId: 'demo-qt', outcome: 'failed', code });
    expect(await storedDirectories()).toBe(before);
    const state = await db.syncStates.get('demo-qt');
    expect(state).toMatchObject({ lastErrorCode: code, lastCheckAt: clock.toISOString(), failures: 1 });
    expect(state?.lastError).toBe(t('vi', `sync.error.${code as SyncFailureCode}`));
    expect(state?.lastError).not.toMatch(/[a-z]+-[a-z]+/); // a sentence, not a code
    expect(state?.etag).toBeUndefined();
  }

  it('tampered: payload changed after signing', async () => {
    const signed = await signedVersion(2);
    host.publish(signed, { feedText: tampered(signed.feedText) });
    await expectRefused('bad-signature');
  });

  it('rolled back: the manifest offers an older version than the one in use', async () => {
    host.publish(await signedVersion(3));
    await syncAll(env);
    host.files.clear();
    host.publish(await signedVersion(2));
    await expectRefused('rollback');
    expect(host.feedDownloads()).toBe(1); // only v3's; the older feed is not even downloaded
  });

  it('rolled back: a manifest claiming a newer version that names an older feed', async () => {
    host.publish(await signedVersion(3));
    await syncAll(env);
    const old = await signedVersion(2);
    const lying = { ...old.manifest, version: 4 };
    host.publish(old, { manifestText: JSON.stringify(lying) });
    await expectRefused('manifest-mismatch');
    expect((await activeDirectories(db)).directories.map((d) => d.version)).toEqual([3]);
  });

  it('wrongly keyed: signed by a key the extension does not trust for this publisher', async () => {
    const stranger = await testPublisher('2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z'); // same key id "k1", other key
    host.publish(await signedVersion(2, stranger));
    await expectRefused('bad-signature');
  });

  it('wrongly keyed: an unknown key id', async () => {
    const other = await testPublisher('2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z', 'k-unknown');
    host.publish(await signedVersion(2, other));
    await expectRefused('unknown-key');
  });

  it('oversized: a feed larger than the limit', async () => {
    const signed = await signedVersion(2);
    host.publish(signed, { feedText: signed.feedText + ' '.repeat(MAX_FEED_BYTES) });
    await expectRefused('oversized');
  });

  it('malformed: a feed that is not JSON', async () => {
    const signed = await signedVersion(2);
    host.publish(signed, { feedText: signed.feedText.slice(0, 100) });
    await expectRefused('malformed-envelope');
  });

  it('malformed: a manifest that is not a manifest', async () => {
    host.files.set('demo-qt.manifest.json', '{"format":"something-else"}');
    await expectRefused('malformed-manifest');
    expect(host.feedDownloads()).toBe(0);
  });

  it('a correctly signed payload that breaks the schema', async () => {
    // signFeed refuses such a payload, so sign the bytes by hand, as a broken publishing tool might.
    const bytes = payloadBytes((d) => {
      d.version = 2;
      d.leaders[0].accounts = [{ platform: 'facebook' }];
    });
    const signature = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, publisher.privateKey, bytes));
    const feedText = JSON.stringify({ format: 'cgd-feed/1', publisherId: 'demo-qt', keyId: 'k1', algorithm: 'Ed25519', payload: bytesToBase64(bytes), signature: bytesToBase64(signature) });
    const manifest = { format: 'cgd-feed-manifest/1', publisherId: 'demo-qt', version: 2, issuedAt: demoDirectory.issuedAt, payloadSha256: await sha256Hex(bytes), payloadBytes: bytes.length, feed: 'demo-qt-v2.feed.json' };
    host.files.set('demo-qt-v2.feed.json', feedText);
    host.files.set('demo-qt.manifest.json', JSON.stringify(manifest));
    await expectRefused('invalid-payload');
  });

  it('the manifest of another publisher at this publisher\'s address', async () => {
    const signed = await signedVersion(2);
    host.publish(signed, { manifestText: JSON.stringify({ ...signed.manifest, publisherId: 'someone-else' }) });
    await expectRefused('wrong-publisher');
  });

  it('an error status, an unreachable host and a host that never answers', async () => {
    host.failures.set('demo-qt.manifest.json', 500);
    await expectRefused('http-error');
    await db.syncStates.clear();
    host.failures.set('demo-qt.manifest.json', 'network');
    await expectRefused('network');
    await db.syncStates.clear();
    host.failures.set('demo-qt.manifest.json', 'hang');
    await expectRefused('timeout');
  });
});

describe('backoff', () => {
  it('doubles from 30 minutes up to 8 hours', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 50].map(backoffDelayMs)).toEqual([0, BACKOFF_BASE_MS, 2 * BACKOFF_BASE_MS, 4 * BACKOFF_BASE_MS, 8 * BACKOFF_BASE_MS, BACKOFF_MAX_MS, BACKOFF_MAX_MS, BACKOFF_MAX_MS]);
    expect(BACKOFF_BASE_MS).toBe(minutes(30));
  });

  it('scheduled polls wait after failures; "sync now" does not; a success resets it', async () => {
    host.failures.set('demo-qt.manifest.json', 503);
    await syncAll(env);
    expect((await db.syncStates.get('demo-qt'))?.nextAttemptAt).toBe(new Date(start.getTime() + minutes(30)).toISOString());

    clock = new Date(start.getTime() + minutes(30));
    await syncAll(env);
    expect(await db.syncStates.get('demo-qt')).toMatchObject({ failures: 2, nextAttemptAt: new Date(clock.getTime() + minutes(60)).toISOString() });

    const requestsBefore = host.requests.length;
    clock = new Date(clock.getTime() + minutes(30));
    expect(await syncAll(env)).toEqual([{ publisherId: 'demo-qt', outcome: 'waiting', version: 1 }]);
    expect(host.requests.length).toBe(requestsBefore);

    host.failures.clear();
    host.publish(await signedVersion(2));
    expect(await syncAll(env, { force: true })).toEqual([{ publisherId: 'demo-qt', outcome: 'applied', version: 2 }]);
    const state = await db.syncStates.get('demo-qt');
    expect(state).toMatchObject({ failures: 0, lastSuccessAt: clock.toISOString() });
    expect(state?.nextAttemptAt).toBeUndefined();
    expect(state?.lastError).toBeUndefined();
  });
});

describe('expiry', () => {
  it('an expired directory stays in use and is reported stale', async () => {
    host.publish(await signedVersion(2, publisher, (d) => (d.expiresAt = '2026-12-01T00:00:00Z')));
    await syncAll(env);
    let [status] = await publisherStatuses(db, env.builtIn, clock);
    expect(status).toMatchObject({ id: 'demo-qt', version: 2, expiresAt: '2026-12-01T00:00:00Z', stale: false });

    clock = new Date('2026-12-02T00:00:00Z');
    [status] = await publisherStatuses(db, env.builtIn, clock);
    expect(status).toMatchObject({ version: 2, stale: true });
    expect((await activeDirectories(db)).directories.map((d) => d.version)).toEqual([2]);
  });
});
