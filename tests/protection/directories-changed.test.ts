import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoDirectory } from '../../lib/directory/demo';
import { base64ToBytes, bytesToBase64 } from '../../lib/feed';
import { decodeUtf8, encodeUtf8 } from '../../lib/feed/bytes';
import { createProtectionService } from '../../lib/protection/service';
import { ProtectionDb } from '../../lib/store/db';
import { seedIfEmpty } from '../../lib/store/directories';
import { payloadBytes, testPublisher } from '../feed/helpers';
import { fakeFeedHost } from '../sync/fake-feed-host';

/**
 * The background nudges open pages to ask again when the directories in use change (a sync applied a version):
 * the service says when, and only then, so pages are not asked about again for a poll that found nothing new.
 */
let db: ProtectionDb;
beforeEach(async () => {
  db = new ProtectionDb(`changed-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await seedIfEmpty(db, demoDirectory);
});
afterEach(() => db.close());

describe('onDirectoriesChanged', () => {
  it('is told once when a sync applies a new version, and not for a poll that finds nothing new or a refused feed', async () => {
    const host = fakeFeedHost();
    const publisher = await testPublisher();
    let told = 0;
    const service = createProtectionService(db, {
      now: () => new Date('2026-11-15T00:00:00Z'),
      sync: { fetch: host.fetch, builtIn: async () => [publisher.trusted], timeoutMs: 1000 },
      onDirectoriesChanged: () => told++,
    });
    const v2 = await publisher.sign(payloadBytes((d) => ((d.version = 2), (d.issuedAt = '2026-11-10T00:00:00Z'))));
    host.publish(v2);
    expect(await service.handle({ type: 'sync-now' })).toEqual({ results: [{ publisherId: 'demo-qt', outcome: 'applied', version: 2 }] });
    expect(told).toBe(1);
    // The same version again: nothing applied, nobody nudged.
    expect(await service.handle({ type: 'sync-now' })).toMatchObject({ results: [{ outcome: 'not-modified' }] });
    expect(told).toBe(1);
    // A feed changed after signing is refused: the directory in use did not change.
    const v3 = await publisher.sign(payloadBytes((d) => ((d.version = 3), (d.issuedAt = '2026-11-11T00:00:00Z'))));
    const envelope = JSON.parse(v3.feedText) as { payload: string };
    const changed = (decodeUtf8(base64ToBytes(envelope.payload)!) ?? '').replace('Lê Quang Minh', 'Lê Quang Mính');
    host.publish(v3, { feedText: JSON.stringify({ ...envelope, payload: bytesToBase64(encodeUtf8(changed)) }) });
    expect(await service.handle({ type: 'sync-now' })).toMatchObject({ results: [{ outcome: 'failed' }] });
    expect(told).toBe(1);
  });
});
