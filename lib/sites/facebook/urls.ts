/**
 * Where on Facebook a URL points. Identity comes from URLs and links, never from display names
 * (dom-notes rule 1): a scammer chooses his name, not his profile id.
 */
export type FacebookPlace =
  | { kind: 'profile'; id?: string; username?: string }
  | { kind: 'thread'; threadId: string; e2ee: boolean }
  /**
   * /groups/<group>/user/<id>: where names in group posts link to. The link names a person, but the page is the
   * group's view of that member, whose layout no fixture shows (the group's own header and name may come first), so
   * it is its own kind: page readers leave it alone; link readers (profileFromHref, the check box) take the id.
   */
  | { kind: 'group-member'; groupId: string; id: string }
  | { kind: 'other' };

export const facebookHosts = ['www.facebook.com', 'facebook.com', 'web.facebook.com'] as const;
/** messenger.com redirects to facebook.com/messages since 2026, but old links and bookmarks still arrive. */
export const messengerHosts = ['www.messenger.com', 'messenger.com'] as const;

/** First path segments that are Facebook features, not usernames. */
const reservedSegments = new Set([
  'ads', 'bookmarks', 'business', 'checkpoint', 'dialog', 'events', 'friends', 'fundraisers', 'gaming', 'groups',
  'hashtag', 'help', 'home.php', 'jobs', 'l.php', 'latest', 'legal', 'live', 'login', 'login.php', 'marketplace',
  'me', 'media', 'memories', 'messages', 'notifications', 'pages', 'people', 'permalink.php', 'photo', 'photo.php',
  'photos', 'plugins', 'policies', 'privacy', 'profile.php', 'reel', 'reels', 'saved', 'search', 'settings',
  'share', 'sharer', 'stories', 'story.php', 'watch',
]);

/** Facebook usernames: at least 5 letters, digits or dots. */
const usernamePattern = /^[A-Za-z0-9.]{5,}$/;
const numericId = /^\d{5,20}$/;

/** A username shape that is not a Facebook feature: what /<username> and Messenger's /t/<username> carry. */
export function isFacebookUsername(segment: string): boolean {
  return usernamePattern.test(segment) && !numericId.test(segment) && !reservedSegments.has(segment.toLowerCase());
}

/**
 * Path segments, %-decoded. A malformed escape ("/name%", "/%E0%A4%A") makes decodeURIComponent throw; these helpers
 * run over every link of a page and over pasted text, so such a segment is kept raw instead: "%" fits no username or
 * id pattern, so the link simply reads as not a profile.
 */
function segmentsOf(url: URL): string[] {
  return url.pathname.split('/').filter((segment) => segment !== '').map(decodeOrRaw);
}

function decodeOrRaw(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function isFacebookHost(host: string): boolean {
  return (facebookHosts as readonly string[]).includes(host) || (messengerHosts as readonly string[]).includes(host);
}

export function facebookPlace(url: URL): FacebookPlace {
  if (!isFacebookHost(url.hostname)) return { kind: 'other' };
  const segments = segmentsOf(url);
  const onMessenger = (messengerHosts as readonly string[]).includes(url.hostname);
  // messenger.com: /t/<id>; facebook.com: /messages/t/<id>.
  const threadPath = onMessenger ? segments : segments[0] === 'messages' ? segments.slice(1) : [];
  const thread = threadFromSegments(threadPath);
  if (thread) return thread;
  if (onMessenger) return { kind: 'other' };
  return profileFromSegments(segments, url.searchParams);
}

/** "t/<id>" or "e2ee/t/<id>" once the "/messages" prefix (facebook.com) is removed. */
function threadFromSegments(segments: string[]): FacebookPlace | null {
  const [first, second, third] = segments;
  if (first === 't' && second) return { kind: 'thread', threadId: second, e2ee: false };
  if (first === 'e2ee' && second === 't' && third) return { kind: 'thread', threadId: third, e2ee: true };
  return null;
}

function profileFromSegments(segments: string[], query: URLSearchParams): FacebookPlace {
  const [first, second, third] = segments;
  if (first === undefined) return { kind: 'other' };
  if (first === 'profile.php') {
    const id = query.get('id');
    return id && numericId.test(id) ? { kind: 'profile', id } : { kind: 'other' };
  }
  // /people/<display name>/<id>: profiles without a username, linked from search.
  if (first === 'people' && third && numericId.test(third)) return { kind: 'profile', id: third };
  // /groups/<group>/user/<id>/, nothing deeper (query strings such as __cft__ tracking are ignored). A group alone
  // (/groups/<group>/) is not a person.
  if (first === 'groups' && second && third === 'user' && segments.length === 4 && numericId.test(segments[3]!)) {
    return { kind: 'group-member', groupId: second, id: segments[3]! };
  }
  if (reservedSegments.has(first.toLowerCase()) || !usernamePattern.test(first)) return { kind: 'other' };
  // /<username>/<tab> (about, friends, photos...) is the same profile; deeper paths are posts and media.
  if (segments.length > 2 || (second !== undefined && !/^[a-z_]+$/.test(second))) return { kind: 'other' };
  return numericId.test(first) ? { kind: 'profile', id: first } : { kind: 'profile', username: first };
}

/** The profile a link points at (resolved against the page), or null when it is not a profile link. */
export function profileFromHref(href: string, page: URL): { id?: string; username?: string } | null {
  let target: URL;
  try {
    target = new URL(href, page);
  } catch {
    return null;
  }
  if (!(facebookHosts as readonly string[]).includes(target.hostname)) return null;
  const place = facebookPlace(target);
  // A member link in a group post names that member as surely as a profile link does.
  if (place.kind === 'group-member') return { id: place.id };
  if (place.kind !== 'profile') return null;
  return place.id !== undefined ? { id: place.id } : { username: place.username };
}
