import type { SelectorLayer } from './dom/selector-layer';
import { readFacebookMessages, facebookMessageRegion, readFacebookPage } from './facebook/site';
import {
  messengerLayouts,
  partnerLinkLayers,
  profileAvatarLayers,
  profileNameLayers,
  profileTabLayers,
} from './facebook/selectors';
import { facebookHosts, messengerHosts } from './facebook/urls';
import type { ChatMessage, PageKind, PageReading, ReadOptions, SiteId } from './types';
import {
  bubbleLayers,
  bubbleTextExclusions,
  bubbleTextLayers,
  chatAvatarLayers,
  chatListItemLayers,
  chatTitleLayers,
  groupSenderLayers,
  messageListLayers,
  profilePopupLayers,
  sendTimeLayers,
} from './zalo/selectors';
import { readZaloMessages, readZaloPage, zaloHosts, zaloMessageRegion } from './zalo/site';

/** A supported site as data: where it lives, what pages it has, and the selector table of each region. */
export interface SiteDescription {
  id: SiteId;
  name: string;
  hosts: readonly string[];
  /** Page kinds this site's adapter recognises, with the paths that lead to them. */
  pages: readonly { kind: PageKind; paths: readonly string[] }[];
  regions: Readonly<Record<string, readonly SelectorLayer[]>>;
  read(root: ParentNode, url: URL, options?: ReadOptions): PageReading;
  messageRegion(root: ParentNode, url: URL): Element | null;
  /** Messages in `container`; rows whose page id is in `seen` may be skipped without reading their text. */
  readMessages(container: ParentNode, url: URL, seen?: ReadonlySet<string>, options?: ReadOptions): ChatMessage[];
}

export const facebookSite: SiteDescription = {
  id: 'facebook',
  name: 'Facebook and Messenger',
  hosts: [...facebookHosts, ...messengerHosts],
  pages: [
    { kind: 'profile', paths: ['/<username>', '/<username>/<tab>', '/profile.php?id=<id>', '/people/<name>/<id>'] },
    { kind: 'thread', paths: ['/messages/t/<id>', '/messages/e2ee/t/<id>', 'messenger.com: /t/<id>', 'messenger.com: /e2ee/t/<id>'] },
  ],
  regions: {
    'profile-name': profileNameLayers,
    'profile-avatar': profileAvatarLayers,
    'profile-tabs': profileTabLayers,
    'message-list': messengerLayouts,
    'partner-name': partnerLinkLayers,
  },
  read: readFacebookPage,
  messageRegion: facebookMessageRegion,
  readMessages: readFacebookMessages,
};

export const zaloSite: SiteDescription = {
  id: 'zalo',
  name: 'Zalo Web',
  hosts: zaloHosts,
  pages: [{ kind: 'thread', paths: ['/ (the open chat)'] }],
  regions: {
    'chat-title': chatTitleLayers,
    'chat-avatar': chatAvatarLayers,
    'message-list': messageListLayers,
    bubble: bubbleLayers,
    'bubble-text': bubbleTextLayers,
    'bubble-text-exclusion': bubbleTextExclusions,
    'group-sender': groupSenderLayers,
    'send-time': sendTimeLayers,
    'thread-key': chatListItemLayers,
    'profile-popup': profilePopupLayers,
  },
  read: readZaloPage,
  messageRegion: (root) => zaloMessageRegion(root),
  readMessages: (container, _url, seen, options) => readZaloMessages(container, seen, options),
};

export const supportedSites: readonly SiteDescription[] = [facebookSite, zaloSite];

export function siteDescriptionForUrl(url: URL): SiteDescription | null {
  if (url.protocol !== 'https:') return null;
  return supportedSites.find((site) => site.hosts.includes(url.hostname)) ?? null;
}
