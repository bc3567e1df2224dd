import { describe, expect, it } from 'vitest';
import { DirectoryError } from '../../lib/directory/parse';
import { directorySchema } from '../../lib/directory/schema';
import demoJson from '../../lib/directory/demo-directory.json';
import {
  FeedRefused,
  MAX_FEED_BYTES,
  MAX_PAYLOAD_BYTES,
  bytesToBase64,
  feedRefusalCodes,
  manifestOffersUpdate,
  parseManifest,
  signFeed,
  trustedPublishers,
  trustedPublishersFileSchema,
  verifyFeed,
  type FeedRefusalCode,
  type VerifyOptions,
} from '../../lib/feed';
import { demoTestKey, now, payloadBytes, testPublisher } from './helpers';

async function refusal(feedText: string, options: VerifyOptions): Promise<FeedRefused> {
  try {
    await verifyFeed(feedText, options);
  } catch (error) {
    if (error instanceof FeedRefused) return error;
    throw error;
  }
  throw new Error('the feed was accepted');
}

const tamper = (feedText: string, change: (e: Record<string, unknown>) => void): string => {
  const envelope = JSON.parse(feedText) as Record<string, unknown>;
  change(envelope);
  return JSON.stringify(envelope);
};

describe('signed feed', () => {
  it('the demo feed signed with the committed test key verifies against the built-in trust list to the same directory', async () => {
    const bytes = payloadBytes();
    const signed = await signFeed(bytes, await demoTestKey(), 'demo-qt-test-1');
    const verified = await verifyFeed(signed.feedText, {
      publishers: trustedPublishers({ includeTestKeys: true }),
      now,
      manifest: parseManifest(signed.manifestText),
      storedVersion: 0,
    });
    expect(verified.directory).toEqual(directorySchema.parse(demoJson));
    expect(verified.payloadBytes).toEqual(bytes);
    expect(verified.keyId).toBe('demo-qt-test-1');
    expect(signed.manifest).toMatchObject({ publisherId: 'demo-qt', version: 1, payloadBytes: bytes.length, feed: 'demo-qt-v1.feed.json' });
    expect(signed.manifestFile).toBe('demo-qt.manifest.json');
  });

  it('production trust (no test keys) drops the demo test key and with it the demo publisher', async () => {
    expect(trustedPublishers({ includeTestKeys: true }).map((p) => p.id)).toContain('demo-qt');
    expect(trustedPublishers({ includeTestKeys: false }).flatMap((p) => p.keys).filter((k) => k.test)).toEqual([]);
    const signed = await signFeed(payloadBytes(), await demoTestKey(), 'demo-qt-test-1');
    const refused = await refusal(signed.feedText, { publishers: trustedPublishers({ includeTestKeys: false }), now });
    expect(refused.code).toBe('unknown-publisher');
  });

  it('signing refuses a payload that is not schema 1, naming the field', async () => {
    const p = await testPublisher();
    await expect(p.sign(payloadBytes((d) => (d.leaders[0].accounts[0].platform = 'myspace')))).rejects.toThrow(DirectoryError);
    await expect(p.sign(payloadBytes((d) => (d.leaders[0].accounts[0].platform = 'myspace')))).rejects.toThrow(/leaders\.0\.accounts\.0\.platform/);
  });

  it('the manifest tells a client whether to download', async () => {
    const p = await testPublisher();
    const { manifest } = await p.sign(payloadBytes((d) => (d.version = 5)));
    expect(manifestOffersUpdate(manifest, undefined)).toBe(true);
    expect(manifestOffersUpdate(manifest, 4)).toBe(true);
    expect(manifestOffersUpdate(manifest, 5)).toBe(false);
  });
});

describe('every refusal has its code and one line', () => {
  const seen = new Set<FeedRefusalCode>();
  const expectRefused = async (feedText: string, options: VerifyOptions, code: FeedRefusalCode, reason?: RegExp) => {
    const refused = await refusal(feedText, options);
    expect(refused.code, refused.message).toBe(code);
    expect(refused.message).not.toContain('\n');
    expect(refused.message.startsWith(`${code}: `)).toBe(true);
    if (reason) expect(refused.message).toMatch(reason);
    seen.add(code);
    return refused;
  };

  it('refuses each kind of bad feed', async () => {
    const p = await testPublisher();
    const options: VerifyOptions = { publishers: [p.trusted], now };
    const good = await p.sign(payloadBytes((d) => (d.version = 7)));
    await expect(verifyFeed(good.feedText, options)).resolves.toMatchObject({ publisherId: 'demo-qt' });

    await expectRefused('not json', options, 'malformed-envelope', /not JSON/);
    await expectRefused(tamper(good.feedText, (e) => (e.format = 'cgd-feed/2')), options, 'malformed-envelope', /format/);
    await expectRefused(tamper(good.feedText, (e) => delete e.signature), options, 'malformed-envelope', /signature/);
    await expectRefused(tamper(good.feedText, (e) => (e.payload = `${e.payload as string}A`)), options, 'malformed-envelope', /payload/);
    await expectRefused(tamper(good.feedText, (e) => (e.signature = bytesToBase64(new Uint8Array(63)))), options, 'malformed-envelope', /64 bytes/);
    await expectRefused(`${good.feedText}${' '.repeat(MAX_FEED_BYTES)}`, options, 'oversized');
    await expectRefused(tamper(good.feedText, (e) => (e.publisherId = 'other-pub')), options, 'unknown-publisher', /other-pub/);
    await expectRefused(tamper(good.feedText, (e) => (e.keyId = 'k2')), options, 'unknown-key', /k2/);
    await expectRefused(good.feedText, { ...options, now: new Date('2028-06-01T00:00:00Z') }, 'key-expired', /not now/);
    await expectRefused(good.feedText, { ...options, now: new Date('2025-06-01T00:00:00Z') }, 'key-expired');
    await expectRefused(
      tamper(good.feedText, (e) => (e.payload = bytesToBase64(payloadBytes((d) => (d.version = 8))))),
      options,
      'bad-signature',
    );
    const other = await testPublisher();
    await expectRefused(tamper((await other.sign(payloadBytes())).feedText, () => {}), options, 'bad-signature');
    await expectRefused(good.feedText, { ...options, storedVersion: 7 }, 'rollback', /not newer than the stored version 7/);
    await expectRefused(good.feedText, { ...options, storedVersion: 9 }, 'rollback');
    expect((await verifyFeed(good.feedText, { ...options, storedVersion: 6 })).directory.version).toBe(7);
  });

  it('refuses a signed payload that is not schema 1, with field paths, and one from another publisher', async () => {
    const p = await testPublisher();
    const options: VerifyOptions = { publishers: [p.trusted], now };
    // signFeed refuses bad payloads, so sign such bytes directly, as a careless or hostile signer would.
    const signRaw = async (bytes: Uint8Array<ArrayBuffer>) =>
      JSON.stringify({
        format: 'cgd-feed/1',
        publisherId: 'demo-qt',
        keyId: 'k1',
        algorithm: 'Ed25519',
        payload: bytesToBase64(bytes),
        signature: bytesToBase64(new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, p.privateKey, bytes))),
      });
    const refused = await expectRefused(await signRaw(payloadBytes((d) => (d.leaders[2].phones = ['call me']))), options, 'invalid-payload', /leaders\.2\.phones\.0/);
    expect(refused.problems[0]?.path).toBe('leaders.2.phones.0');
    await expectRefused(await signRaw(new TextEncoder().encode('{"schema":1,')), options, 'invalid-payload', /not JSON/);
    await expectRefused(await signRaw(new Uint8Array([0xff, 0xfe, 0x7b])), options, 'invalid-payload', /UTF-8/);
    await expectRefused(await signRaw(payloadBytes((d) => (d.schema = 2))), options, 'invalid-payload', /schema/);
    await expectRefused(await signRaw(payloadBytes((d) => (d.publisher.id = 'qt-pa05'))), options, 'publisher-mismatch', /qt-pa05/);
    await expectRefused(await signRaw(new Uint8Array(MAX_PAYLOAD_BYTES + 1)), options, 'oversized');
  });

  it('refuses a feed whose payload was issued outside the key window, even when the key is valid now', async () => {
    const p = await testPublisher('2026-06-01T00:00:00Z', '2028-01-01T00:00:00Z');
    const backdated = await p.sign(payloadBytes((d) => (d.issuedAt = '2026-01-01T00:00:00Z')));
    await expectRefused(backdated.feedText, { publishers: [p.trusted], now }, 'key-expired', /payload issued at 2026-01-01/);
  });

  it('refuses a manifest that does not describe the feed, and a malformed manifest', async () => {
    const p = await testPublisher();
    const options: VerifyOptions = { publishers: [p.trusted], now };
    const v7 = await p.sign(payloadBytes((d) => (d.version = 7)));
    const v8 = await p.sign(payloadBytes((d) => (d.version = 8)));
    await expectRefused(v7.feedText, { ...options, manifest: v8.manifest }, 'manifest-mismatch', /version 8 vs 7/);
    await expectRefused(v7.feedText, { ...options, manifest: { ...v7.manifest, payloadSha256: '0'.repeat(64) } }, 'manifest-mismatch', /SHA-256/);
    await expectRefused(v7.feedText, { ...options, manifest: { ...v7.manifest, payloadBytes: 1 } }, 'manifest-mismatch', /size/);
    await expect(verifyFeed(v7.feedText, { ...options, manifest: v7.manifest })).resolves.toBeDefined();
    for (const text of ['{', '{"format":"cgd-feed-manifest/1"}', JSON.stringify({ ...v7.manifest, feed: '../etc/passwd' })]) {
      expect(() => parseManifest(text)).toThrow(FeedRefused);
      try {
        parseManifest(text);
      } catch (error) {
        expect((error as FeedRefused).code).toBe('malformed-manifest');
        seen.add('malformed-manifest');
      }
    }
  });

  it('covered every refusal code', () => {
    expect([...seen].sort()).toEqual([...feedRefusalCodes].sort());
  });
});

describe('key rotation: several keys with windows', () => {
  it('accepts each key inside its window only; an old key stops working when its window closes', async () => {
    const old = await testPublisher('2025-01-01T00:00:00Z', '2027-01-01T00:00:00Z', 'qt-2025');
    const next = await testPublisher('2026-10-01T00:00:00Z', '2029-01-01T00:00:00Z', 'qt-2026');
    const publishers = [{ ...old.trusted, keys: [...old.trusted.keys, ...next.trusted.keys] }];
    const byOld = await old.sign(payloadBytes());
    const byNext = await next.sign(payloadBytes());
    // During the overlap both verify.
    expect((await verifyFeed(byOld.feedText, { publishers, now })).keyId).toBe('qt-2025');
    expect((await verifyFeed(byNext.feedText, { publishers, now })).keyId).toBe('qt-2026');
    // After the old key's window only the new one does.
    const later = new Date('2027-03-01T00:00:00Z');
    expect((await refusal(byOld.feedText, { publishers, now: later })).code).toBe('key-expired');
    expect((await verifyFeed(byNext.feedText, { publishers, now: later })).keyId).toBe('qt-2026');
    // A key id cannot borrow another key: the new key's signature under the old id fails.
    const swapped = tamper(byNext.feedText, (e) => (e.keyId = 'qt-2025'));
    expect((await refusal(swapped, { publishers, now })).code).toBe('bad-signature');
  });
});

describe('trusted-publishers.json', () => {
  it('is valid, and marks the demo key as a test key', () => {
    const demo = trustedPublishers({ includeTestKeys: true }).find((p) => p.id === 'demo-qt');
    expect(demo?.keys.every((k) => k.test)).toBe(true);
  });

  it('refuses plain http feed addresses except on this machine, and keys whose window ends before it starts', () => {
    const key = { keyId: 'k', publicKey: `${'A'.repeat(43)}=`, validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z' };
    const file = (feedUrl: string, k = key) => ({ publishers: [{ id: 'qt-pa05', name: 'PA05', feedUrl, keys: [k] }] });
    expect(trustedPublishersFileSchema.safeParse(file('https://feeds.example.gov.vn/qt.manifest.json')).success).toBe(true);
    expect(trustedPublishersFileSchema.safeParse(file('http://127.0.0.1:8787/qt.manifest.json')).success).toBe(true);
    expect(trustedPublishersFileSchema.safeParse(file('http://feeds.example.gov.vn/qt.manifest.json')).success).toBe(false);
    expect(trustedPublishersFileSchema.safeParse(file('https://x.vn/m.json', { ...key, validUntil: '2025-01-01T00:00:00Z' })).success).toBe(false);
  });
});
