import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeImageBytes } from '../../cli/image-file';
import { avatarSource } from '../../lib/photos/avatar-source';
import { AvatarHashError, hashAvatar } from '../../lib/photos/fetch-avatar';
import { pdqHash } from '../../lib/photos/pdq';
import { demoAvatarFile, demoAvatarUrls } from '../../scripts/fixtures/demo-avatar';

describe('which avatar addresses the background fetches', () => {
  it('fetches Facebook and Zalo image hosts over https, exactly as found', () => {
    for (const url of [
      demoAvatarUrls.copy,
      'https://s120-ava-talk.zadn.vn/9/c/d/2/54/120/1af1a2c93c788d7cf1cbf50ae87ac972.jpg',
      'https://s120.avatar.talk.zdn.vn/9/c/d/2/54/120/1af1a2c93c788d7cf1cbf50ae87ac972.jpg',
    ]) {
      expect(avatarSource(url)).toEqual({ kind: 'fetch', url });
    }
  });

  it('refuses every other address the page could put in a reading', () => {
    for (const url of [
      'http://scontent.fhan2-3.fna.fbcdn.net/v/t39.30808-1/a_n.jpg',
      'https://fbcdn.net/a.jpg',
      'https://scontent.fbcdn.net.evil.example/a.jpg',
      'https://evilfbcdn.net/a.jpg',
      'https://user:pw@scontent.fhan2-3.fna.fbcdn.net/a.jpg',
      'https://scontent.fhan2-3.fna.fbcdn.net:8443/a.jpg',
      'https://www.facebook.com/photo/?fbid=1',
      'data:image/png;base64,AAAA',
      'file:///etc/passwd',
    ]) {
      expect(avatarSource(url).kind, url).toBe('skip');
    }
    expect(avatarSource('not an address')).toEqual({ kind: 'skip', reason: 'not-an-address' });
  });

  it('skips the grey default silhouette and leaves blob: avatars to the page', () => {
    const silhouette = 'https://scontent.fsgn5-13.fna.fbcdn.net/v/t1.30497-1/453178253_471506465671661_2781666950760530985_n.png?stp=cp0_dst-png_s40x40';
    expect(avatarSource(silhouette)).toEqual({ kind: 'skip', reason: 'silhouette' });
    expect(avatarSource('blob:https://chat.zalo.me/0b6c1d7e-1111-4222-8333-944455556666')).toEqual({ kind: 'page-blob' });
  });
});

const jpegBytes = readFileSync(demoAvatarFile);
const decode = async (blob: Blob) => decodeImageBytes(new Uint8Array(await blob.arrayBuffer()), 'avatar');

/** A fetch that answers from a table and records what it was asked, with which options. */
function fakeFetch(respond: (init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    return respond(init);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('fetching and hashing one avatar', () => {
  it('hashes the fetched picture and its turned copies, without cookies or redirects', async () => {
    const { fetch, calls } = fakeFetch(() => new Response(jpegBytes, { headers: { 'content-type': 'image/jpeg' } }));
    const result = await hashAvatar(demoAvatarUrls.copy, { fetch, decode });
    expect(result.hashes.orig).toBe(pdqHash(decodeImageBytes(jpegBytes, 'avatar')).hash);
    expect(Object.keys(result.hashes)).toHaveLength(8);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ url: demoAvatarUrls.copy, init: { credentials: 'omit', redirect: 'error' } });
  });

  it('gives up on an answer that does not come in time', async () => {
    const { fetch } = fakeFetch(
      (init) => new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    await expect(hashAvatar(demoAvatarUrls.copy, { fetch, decode, timeoutMs: 20 })).rejects.toThrow(/no answer within 20 ms/);
  });

  it('refuses a picture larger than the limit, declared or streamed', async () => {
    const declared = fakeFetch(() => new Response(jpegBytes, { headers: { 'content-length': String(50_000_000) } }));
    await expect(hashAvatar(demoAvatarUrls.copy, { fetch: declared.fetch, decode })).rejects.toThrow(/more than/);
    const streamed = fakeFetch(() => new Response(new Uint8Array(4096)));
    await expect(hashAvatar(demoAvatarUrls.copy, { fetch: streamed.fetch, decode, maxBytes: 1000 })).rejects.toThrow(/more than 1000 bytes/);
  });

  it('turns an expired signature, a network error and bytes that do not decode into clear errors', async () => {
    const expired = fakeFetch(() => new Response('URL signature expired', { status: 403 }));
    await expect(hashAvatar(demoAvatarUrls.copy, { fetch: expired.fetch, decode })).rejects.toThrow(new AvatarHashError('HTTP 403'));
    const offline = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(hashAvatar(demoAvatarUrls.copy, { fetch: offline.fetch, decode })).rejects.toThrow(/fetch failed \(Failed to fetch\)/);
    const garbage = fakeFetch(() => new Response('<html>not a picture</html>'));
    await expect(hashAvatar(demoAvatarUrls.copy, { fetch: garbage.fetch, decode })).rejects.toThrow(/cannot decode the image/);
    const truncated = fakeFetch(() => new Response(jpegBytes.subarray(0, 600)));
    await expect(hashAvatar(demoAvatarUrls.copy, { fetch: truncated.fetch, decode })).rejects.toBeInstanceOf(AvatarHashError);
  });
});
