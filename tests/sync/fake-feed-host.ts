import { createHash } from 'node:crypto';
import type { SignedFeed } from '../../lib/feed';
import type { FetchLike } from '../../lib/sync';

/**
 * An in-memory feed host for the sync unit tests, answering as scripts/feed-server.ts does (ETag, 304 on a
 * matching If-None-Match), and recording every request so a test can say what was (not) downloaded.
 */
export function fakeFeedHost(origin = 'http://127.0.0.1') {
  const files = new Map<string, string>();
  const requests: { url: string; ifNoneMatch?: string }[] = [];
  const failures = new Map<string, number | 'network' | 'hang'>();
  const etagOf = (text: string) => `"${createHash('sha256').update(text).digest('hex').slice(0, 32)}"`;

  const fetch: FetchLike = async (url, init) => {
    requests.push({ url, ifNoneMatch: init.headers['if-none-match'] });
    const name = new URL(url).pathname.slice(1);
    const failure = failures.get(name);
    if (failure === 'network') throw new TypeError('Failed to fetch');
    if (failure === 'hang') {
      return new Promise<Response>((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason)));
    }
    if (typeof failure === 'number') return new Response('error', { status: failure });
    const text = files.get(name);
    if (text === undefined) return new Response('not found', { status: 404 });
    const etag = etagOf(text);
    if (init.headers['if-none-match'] === etag) return new Response(null, { status: 304, headers: { etag } });
    return new Response(text, { status: 200, headers: { etag, 'content-type': 'application/json' } });
  };

  return {
    fetch,
    requests,
    files,
    failures,
    manifestUrl: (publisherId: string) => `${origin}/${publisherId}.manifest.json`,
    /** Publishes a signed feed the way `directory sign` + PUT does: the feed file first, then the manifest. */
    publish(signed: SignedFeed, change: { feedText?: string; manifestText?: string } = {}) {
      files.set(signed.feedFile, change.feedText ?? signed.feedText);
      files.set(signed.manifestFile, change.manifestText ?? signed.manifestText);
    },
    feedDownloads: () => requests.filter((r) => r.url.endsWith('.feed.json')).length,
  };
}
