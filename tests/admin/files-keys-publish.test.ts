import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { csvTemplate, importCsvInto, leadersToCsv } from '../../lib/admin/csv';
import { AdminDatabase, forgetKey, rememberedKey, rememberKey } from '../../lib/admin/key-store';
import { openDirectoryText } from '../../lib/admin/open-directory';
import { payloadBytes } from '../../lib/admin/payload';
import { hashLeaderPhoto, hashPhotoFile } from '../../lib/admin/photo';
import { checkPublishAddress, publishSignedFeed } from '../../lib/admin/publish';
import { keyStanding, loadKeyFile, planKeyStorage } from '../../lib/admin/signing-key';
import { demoDirectory } from '../../lib/directory/demo';
import { generateSigningKeyPair, leaderCsvColumns, signFeed, trustedPublishers } from '../../lib/feed';
import { demoTestKeyFile, now } from '../feed/helpers';
import type { RgbaImage } from '../../lib/photos/pdq';

const publishers = trustedPublishers({ includeTestKeys: true });

describe('opening a directory file', () => {
  it('opens a plain payload, and a signed feed with its publisher, key and test-key mark', async () => {
    const plain = await openDirectoryText(JSON.stringify(demoDirectory), 'demo.json', { publishers, now });
    expect(plain.ok && plain.opened.source).toEqual({ kind: 'payload' });
    const key = await loadKeyFile(await readFile(demoTestKeyFile, 'utf8'));
    if (!key.ok) throw new Error(key.message);
    const signed = await signFeed(payloadBytes(demoDirectory), key.loaded.key, key.loaded.keyId);
    const feed = await openDirectoryText(signed.feedText, signed.feedFile, { publishers, now });
    expect(feed.ok && feed.opened.source).toEqual({ kind: 'feed', publisherId: 'demo-qt', keyId: 'demo-qt-test-1', testKey: true });
    expect(feed.ok && feed.opened.directory.version).toBe(demoDirectory.version);
  });

  it('refuses bad files with the reason and every bad field path', async () => {
    expect(await openDirectoryText('{not json', 'x.json', { publishers, now })).toMatchObject({ ok: false, refusal: { reason: 'not-json' } });
    const bad = { ...demoDirectory, leaders: [{ ...demoDirectory.leaders[0], phones: ['abc'] }], version: 0 };
    const result = await openDirectoryText(JSON.stringify(bad), 'bad.json', { publishers, now });
    expect(!result.ok && result.refusal.reason).toBe('invalid-payload');
    expect(!result.ok && [...new Set(result.refusal.problems.map((p) => p.path))]).toEqual(['version', 'leaders.0.phones.0']);
    const other = await generateSigningKeyPair('k-other');
    const { importPrivateKey } = await import('../../lib/feed');
    const forged = await signFeed(payloadBytes(demoDirectory), await importPrivateKey(other.privateJwk), 'demo-qt-test-1');
    const refused = await openDirectoryText(forged.feedText, forged.feedFile, { publishers, now });
    expect(!refused.ok && refused.refusal).toMatchObject({ reason: 'feed-refused', code: 'bad-signature' });
  });
});

describe('signing key', () => {
  it('loads the keygen JWK as a non-extractable key with its id, and judges it against the trusted publishers', async () => {
    const key = await loadKeyFile(await readFile(demoTestKeyFile, 'utf8'));
    if (!key.ok) throw new Error(key.message);
    expect(key.loaded.key.extractable).toBe(false);
    expect(key.loaded.keyId).toBe('demo-qt-test-1');
    expect(keyStanding(key.loaded, 'demo-qt', publishers)).toBe('test-key');
    expect(keyStanding(key.loaded, 'qt-pa05', publishers)).toBe('unknown-publisher');
    const fresh = await generateSigningKeyPair();
    const loadedFresh = await loadKeyFile(JSON.stringify({ ...fresh.privateJwk, kid: undefined }));
    expect(loadedFresh.ok && loadedFresh.loaded.keyId).toBe(fresh.keyId); // derived from the public key
    expect(loadedFresh.ok && keyStanding(loadedFresh.loaded, 'demo-qt', publishers)).toBe('unknown-key');
    expect(keyStanding({ keyId: 'demo-qt-test-1', publicKey: fresh.publicKey }, 'demo-qt', publishers)).toBe('wrong-public-key');
    expect(await loadKeyFile('nope')).toEqual({ ok: false, message: 'not JSON' });
    expect((await loadKeyFile(JSON.stringify({ kty: 'RSA' }))).ok).toBe(false);
  });

  it('is kept in memory unless the admin asks; remembered in IndexedDB (still non-extractable) and forgotten on request', async () => {
    expect(planKeyStorage(false, { keyId: 'old' })).toEqual({ store: 'memory' });
    expect(planKeyStorage(true, { keyId: 'old' })).toEqual({ store: 'indexeddb', replaces: 'old' });
    expect(planKeyStorage(true, undefined)).toEqual({ store: 'indexeddb', replaces: undefined });
    const db = new AdminDatabase(`admin-test-${Math.random()}`);
    expect(await rememberedKey(db)).toBeUndefined();
    const key = await loadKeyFile(await readFile(demoTestKeyFile, 'utf8'));
    if (!key.ok) throw new Error(key.message);
    await rememberKey(db, key.loaded, now);
    const saved = await rememberedKey(db);
    expect(saved?.keyId).toBe('demo-qt-test-1');
    expect(saved?.key.extractable).toBe(false);
    const signed = await signFeed(payloadBytes(demoDirectory), saved!.key, saved!.keyId);
    expect(signed.envelope.keyId).toBe('demo-qt-test-1');
    await forgetKey(db);
    expect(await rememberedKey(db)).toBeUndefined();
    const extractable = await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
    await expect(rememberKey(db, { ...key.loaded, key: (extractable as CryptoKeyPair).privateKey }, now)).rejects.toThrow(/extractable/);
    db.close();
  });
});

describe('publishing', () => {
  it('accepts https folders and local http only', () => {
    expect(checkPublishAddress('https://feeds.example.gov.vn/qt-pa05')).toEqual({ ok: true, base: 'https://feeds.example.gov.vn/qt-pa05/' });
    expect(checkPublishAddress('https://feeds.example.gov.vn/qt-pa05/qt-pa05.manifest.json')).toEqual({ ok: true, base: 'https://feeds.example.gov.vn/qt-pa05/' });
    expect(checkPublishAddress('http://127.0.0.1:8787')).toEqual({ ok: true, base: 'http://127.0.0.1:8787/' });
    expect(checkPublishAddress('http://feeds.example.gov.vn/')).toEqual({ ok: false, problem: 'not-https' });
    expect(checkPublishAddress('feeds')).toEqual({ ok: false, problem: 'invalid' });
  });

  it('PUTs the feed, then the manifest, with the token; stops at the first refusal', async () => {
    const signed = { feedFile: 'demo-qt-v2.feed.json', feedText: 'F', manifestFile: 'demo-qt.manifest.json', manifestText: 'M' };
    const calls: { url: string; method?: string; body?: unknown; auth?: string }[] = [];
    const answering = (statuses: number[]): typeof fetch =>
      (async (url: string, init?: RequestInit) => {
        calls.push({ url, method: init?.method, body: init?.body, auth: (init?.headers as Record<string, string>).authorization });
        const status = statuses[calls.length - 1]!;
        return new Response(status === 201 ? 'stored\n' : 'bad or missing bearer token\n', { status });
      }) as typeof fetch;
    const ok = await publishSignedFeed(signed, 'http://127.0.0.1:1/', 'T', answering([201, 201]));
    expect(ok.ok).toBe(true);
    expect(calls).toEqual([
      { url: 'http://127.0.0.1:1/demo-qt-v2.feed.json', method: 'PUT', body: 'F', auth: 'Bearer T' },
      { url: 'http://127.0.0.1:1/demo-qt.manifest.json', method: 'PUT', body: 'M', auth: 'Bearer T' },
    ]);
    calls.length = 0;
    const refused = await publishSignedFeed(signed, 'http://127.0.0.1:1/', 'T', answering([401]));
    expect(refused).toEqual({ ok: false, steps: [{ file: 'demo-qt-v2.feed.json', url: 'http://127.0.0.1:1/demo-qt-v2.feed.json', status: 401, ok: false, detail: 'bad or missing bearer token' }] });
    expect(calls).toHaveLength(1); // the manifest is never sent after a failed feed
    const unreachable = await publishSignedFeed(signed, 'http://127.0.0.1:1/', 'T', (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    expect(unreachable.ok).toBe(false);
    expect(unreachable.steps[0]!.status).toBeUndefined();
    expect(unreachable.steps[0]!.detail).toBe('Failed to fetch');
  });
});

describe('photos and CSV', () => {
  const image = (fill: (x: number, y: number) => number): RgbaImage => {
    const size = 96;
    const data = new Uint8ClampedArray(size * size * 4);
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) data.fill(fill(x, y), (y * size + x) * 4, (y * size + x) * 4 + 3), (data[(y * size + x) * 4 + 3] = 255);
    return { width: size, height: size, data, channels: 4 };
  };

  it('refuses a flat picture (quality below PDQ_MIN_QUALITY) and hashes a detailed one', async () => {
    expect(hashLeaderPhoto(image(() => 128))).toEqual({ ok: false, reason: 'low-quality', quality: 0 });
    const detailed = hashLeaderPhoto(image((x, y) => ((x * 7) ^ (y * 13)) & 255));
    expect(detailed.ok).toBe(true);
    expect(detailed.ok && detailed.photo.pdq).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashPhotoFile(new Blob(['x']), async () => Promise.reject(new Error('bad')))).toEqual({ ok: false, reason: 'undecodable' });
  });

  it('template has the import columns; export and import round-trip the demo leaders', () => {
    expect(csvTemplate().split('\n')[0]).toBe(leaderCsvColumns.join(','));
    const exported = leadersToCsv(demoDirectory);
    const imported = importCsvInto(demoDirectory, exported.text, new Map());
    expect(imported.errors).toEqual([]);
    // The CSV's columns put Facebook before Zalo; otherwise every leader comes back as it was.
    const comparable = (leaders: typeof demoDirectory.leaders) =>
      JSON.parse(JSON.stringify(leaders.filter((l) => !exported.incomplete.includes(l.id)).map((l) => ({ ...l, accounts: [...l.accounts].sort((a, b) => a.platform.localeCompare(b.platform)) }))));
    expect(comparable(imported.directory.leaders)).toEqual(comparable(demoDirectory.leaders));
    expect(imported.directory.leaders).toHaveLength(demoDirectory.leaders.length);
    expect(imported.directory.flagged).toEqual(demoDirectory.flagged);
  });

  it('reports bad rows by spreadsheet row and column', () => {
    const csv = 'id,name,zalo_phone\nqt-a,An,0912345678\nqt-b,,0912\n';
    const imported = importCsvInto(demoDirectory, csv, new Map());
    expect(imported.directory.leaders.map((l) => l.id)).toEqual(['qt-a']);
    expect(imported.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'name'],
      [3, 'zalo_phone'],
    ]);
  });
});
