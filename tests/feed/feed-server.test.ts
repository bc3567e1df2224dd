import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseManifest, signFeed, trustedPublishers, verifyFeed } from '../../lib/feed';
import { startFeedServer, type FeedServer } from '../../scripts/feed-server';
import { demoTestKey, now, payloadBytes } from './helpers';

describe('local feed server', () => {
  let server: FeedServer;
  const token = 'test-token-7f3a';
  beforeAll(async () => {
    server = await startFeedServer({ root: await mkdtemp(path.join(tmpdir(), 'cgd-feeds-')), port: 0, token });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('publishes with PUT and a bearer token; serves with ETag; answers 304 to If-None-Match', async () => {
    const signed = await signFeed(payloadBytes(), await demoTestKey(), 'demo-qt-test-1');
    const put = (name: string, body: string, auth?: string) =>
      fetch(`${server.url}/${name}`, { method: 'PUT', body, headers: auth ? { authorization: auth } : {} });

    expect((await put(signed.feedFile, signed.feedText)).status).toBe(401);
    expect((await put(signed.feedFile, signed.feedText, 'Bearer wrong-token-xx')).status).toBe(401);
    expect((await put(signed.feedFile, signed.feedText, `Bearer ${token}`)).status).toBe(201);
    expect((await put(signed.manifestFile, signed.manifestText, `Bearer ${token}`)).status).toBe(201);
    expect((await put('..%2Fescape.json', 'x', `Bearer ${token}`)).status).toBe(404);
    expect((await put('%E0%A4%A', 'x', `Bearer ${token}`)).status).toBe(404);

    const manifestResponse = await fetch(`${server.url}/${signed.manifestFile}`);
    expect(manifestResponse.status).toBe(200);
    expect(manifestResponse.headers.get('cache-control')).toBe('no-cache');
    const etag = manifestResponse.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const manifest = parseManifest(await manifestResponse.text());

    const again = await fetch(`${server.url}/${signed.manifestFile}`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const feedResponse = await fetch(`${server.url}/${manifest.feed}`);
    expect(feedResponse.headers.get('cache-control')).toMatch(/immutable/);
    const verified = await verifyFeed(await feedResponse.text(), { publishers: trustedPublishers({ includeTestKeys: true }), now, manifest });
    expect(verified.directory.publisher.id).toBe('demo-qt');

    // A new manifest changes the ETag, so the next conditional poll gets 200 with the new content.
    const v2 = await signFeed(payloadBytes((d) => (d.version = 2)), await demoTestKey(), 'demo-qt-test-1');
    await put(v2.manifestFile, v2.manifestText, `Bearer ${token}`);
    const changed = await fetch(`${server.url}/${signed.manifestFile}`, { headers: { 'if-none-match': etag! } });
    expect(changed.status).toBe(200);
    expect(parseManifest(await changed.text()).version).toBe(2);
    expect((await fetch(`${server.url}/missing.json`)).status).toBe(404);
  });
});

describe('local feed server: publishing from the admin page (CORS)', () => {
  let server: FeedServer;
  const token = 'test-token-cors-91';
  const extension = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
  beforeAll(async () => {
    server = await startFeedServer({ root: await mkdtemp(path.join(tmpdir(), 'cgd-feeds-cors-')), port: 0, token });
  });
  afterAll(() => server.close());

  it('answers the preflight of an extension page, and names its origin on the PUT', async () => {
    const preflight = await fetch(`${server.url}/demo-qt.manifest.json`, {
      method: 'OPTIONS',
      headers: { origin: extension, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(extension);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');

    const put = await fetch(`${server.url}/x.json`, { method: 'PUT', body: '{}', headers: { origin: extension, authorization: `Bearer ${token}` } });
    expect(put.status).toBe(201);
    expect(put.headers.get('access-control-allow-origin')).toBe(extension);
    const refused = await fetch(`${server.url}/x.json`, { method: 'PUT', body: '{}', headers: { origin: extension, authorization: 'Bearer nope' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe(extension);
  });

  it('does not open publishing to web pages', async () => {
    const preflight = await fetch(`${server.url}/x.json`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'PUT' } });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const put = await fetch(`${server.url}/x.json`, { method: 'PUT', body: '{}', headers: { origin: 'https://evil.example', authorization: `Bearer ${token}` } });
    expect(put.headers.get('access-control-allow-origin')).toBeNull();
  });
});
