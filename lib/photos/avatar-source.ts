/**
 * Which avatar addresses the background may fetch. The page controls the address a content script reads, so the
 * background checks it again here before any request: only https, only the image hosts of the supported sites
 * (dom-notes "Images"), never a credentialed or odd-port address. Host permissions in wxt.config.ts name the same
 * hosts, so a slip here still could not read any other site.
 */
const imageHostSuffixes = ['.fbcdn.net', '.zadn.vn', '.zdn.vn'];

/** Facebook's grey default silhouette (dom-notes: `t1.30497-1`): every account without a photo shows it. */
const facebookSilhouette = /\/t1\.30497-1\//;

export type AvatarSource =
  | { kind: 'fetch'; url: string }
  /** Zalo renders many avatars from blob: addresses, readable only inside the page: the content script hashes those. */
  | { kind: 'page-blob' }
  | { kind: 'skip'; reason: 'silhouette' | 'not-an-image-host' | 'not-an-address' };

export function avatarSource(address: string): AvatarSource {
  if (address.startsWith('blob:')) return { kind: 'page-blob' };
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { kind: 'skip', reason: 'not-an-address' };
  }
  const host = url.hostname.toLowerCase();
  const allowedHost = imageHostSuffixes.some((suffix) => host.endsWith(suffix) && host.length > suffix.length);
  if (url.protocol !== 'https:' || !allowedHost || url.username !== '' || url.password !== '' || url.port !== '') {
    return { kind: 'skip', reason: 'not-an-image-host' };
  }
  if (host.endsWith('.fbcdn.net') && facebookSilhouette.test(url.pathname)) return { kind: 'skip', reason: 'silhouette' };
  // Exactly as found: Facebook's addresses are signed (oh=, oe=), and any change to them is refused with 403.
  return { kind: 'fetch', url: address };
}
