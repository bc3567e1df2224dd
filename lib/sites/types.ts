/** What a site adapter reports about the page in front of the user. Shapes shared by every site. */
export type SiteId = 'facebook' | 'zalo';
export type PageKind = 'profile' | 'thread' | 'other';

/**
 * ok: every region was found by its primary (newest) selector layer; degraded: some region needed a fallback
 * layer or an expected region was missing; unknown: the page kind is known from the URL but nothing recognised,
 * so the extension says "layout not recognised" instead of staying silently quiet.
 */
export type LayoutStatus = 'ok' | 'degraded' | 'unknown';

/** The person (or group) the page is about: the profile viewed or the chat partner. */
export interface Subject {
  name?: string;
  platform: SiteId;
  /** Facebook numeric user id, or the Zalo user id. */
  id?: string;
  username?: string;
  phone?: string;
  avatarUrl?: string;
  isGroup?: boolean;
}

export interface ChatMessage {
  /** data-message-id / bb_msg_id_ when the page has one, else a stable hash of the row's content. */
  id: string;
  direction: 'incoming' | 'outgoing';
  /** Who wrote it, when the page shows it; absent for our own (outgoing) messages. */
  sender?: string;
  text: string;
  time?: string;
}

/** How much of a long thread to read: a content script needs only the recent part; eval reads everything. */
export interface ReadOptions {
  /** Read only the last N message rows of the list (older ones were judged when they were new). */
  recentMessages?: number;
}

export interface PageReading {
  site: SiteId;
  kind: PageKind;
  layout: LayoutStatus;
  /** "<region>:<layer id>" for every region read, e.g. "message-list:log-2026". */
  layers: string[];
  subject?: Subject;
  messages: ChatMessage[];
  /** Changes when the user opens another chat. */
  threadKey?: string;
}
