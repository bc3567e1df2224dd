import type { SignedFeed } from '../feed';

/**
 * Publishing from the admin page: HTTP PUT of the feed file and then the manifest (a manifest must never name a
 * feed that is not there yet: docs/feed.md, "Serving a feed"), with a bearer token, to a folder address.
 */
export type PublishAddressProblem = 'invalid' | 'not-https';

/** The folder address files are PUT under: https, or http on this machine only (the local feed server). */
export function checkPublishAddress(text: string): { ok: true; base: string } | { ok: false; problem: PublishAddressProblem } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  const local = url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
  if (url.protocol !== 'https:' && !local) return { ok: false, problem: 'not-https' };
  url.search = '';
  url.hash = '';
  // A manifest address was pasted: publish beside it.
  if (/\.json$/.test(url.pathname)) url.pathname = url.pathname.replace(/[^/]*$/, '');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ok: true, base: url.href };
}

export interface PublishStep {
  file: string;
  url: string;
  /** HTTP status, or undefined when the server could not be reached. */
  status?: number;
  ok: boolean;
  /** The server's answer (first line), or the network error. */
  detail: string;
}

export interface PublishResult {
  ok: boolean;
  steps: PublishStep[];
}

export async function publishSignedFeed(
  signed: Pick<SignedFeed, 'feedFile' | 'feedText' | 'manifestFile' | 'manifestText'>,
  base: string,
  token: string,
  fetcher: typeof fetch = fetch,
): Promise<PublishResult> {
  const steps: PublishStep[] = [];
  for (const [file, body] of [
    [signed.feedFile, signed.feedText],
    [signed.manifestFile, signed.manifestText],
  ] as const) {
    const url = new URL(file, base).href;
    try {
      const response = await fetcher(url, {
        method: 'PUT',
        body,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' },
      });
      const detail = (await response.text()).split('\n')[0]?.slice(0, 200) ?? '';
      steps.push({ file, url, status: response.status, ok: response.ok, detail });
      if (!response.ok) return { ok: false, steps };
    } catch (error) {
      steps.push({ file, url, ok: false, detail: (error as Error).message });
      return { ok: false, steps };
    }
  }
  return { ok: true, steps };
}
