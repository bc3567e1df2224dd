import { layerNames, layoutStatus, type RegionReading } from '../layout-status';
import type { ChatMessage, PageReading, ReadOptions } from '../types';
import { readMessengerRows } from './messages';
import { readProfile } from './profile';
import { messengerLayouts } from './selectors';
import { findMessageList, readThreadSubject } from './thread';
import { facebookPlace } from './urls';

/** Facebook profiles and Messenger threads (facebook.com/messages and messenger.com). */
export function readFacebookPage(root: ParentNode, url: URL, options: ReadOptions = {}): PageReading {
  const place = facebookPlace(url);
  if (place.kind === 'profile') {
    const { subject, regions } = readProfile(root, url, { id: place.id, username: place.username });
    return {
      site: 'facebook',
      kind: 'profile',
      layout: layoutStatus(regions, ['profile-name'], ['profile-avatar']),
      layers: layerNames(regions),
      subject,
      messages: [],
    };
  }
  if (place.kind === 'thread') {
    const list = findMessageList(root);
    const regions: RegionReading[] = [];
    if (list) regions.push({ region: 'message-list', layer: list.layer.id, primary: list.rank === 0 });
    const partner = readThreadSubject(root, url, place.threadId, list);
    regions.push(...partner.regions);
    return {
      site: 'facebook',
      kind: 'thread',
      layout: layoutStatus(regions, ['message-list'], ['partner-name']),
      layers: layerNames(regions),
      subject: partner.subject,
      messages: list ? readMessengerRows(list.element, list.layer, undefined, options.recentMessages) : [],
      threadKey: `${place.e2ee ? 'e2ee/' : ''}${place.threadId}`,
    };
  }
  return { site: 'facebook', kind: 'other', layout: 'ok', layers: [], messages: [] };
}

export function facebookMessageRegion(root: ParentNode, url: URL): Element | null {
  return facebookPlace(url).kind === 'thread' ? (findMessageList(root)?.element ?? null) : null;
}

/**
 * Messages in `container`: the message list itself (what a content script observes) or anything holding it.
 */
export function readFacebookMessages(container: ParentNode, url: URL, seen?: ReadonlySet<string>, options: ReadOptions = {}): ChatMessage[] {
  if (facebookPlace(url).kind !== 'thread') return [];
  const own = isElement(container) ? messengerLayouts.find((layout) => container.matches(layout.selector)) : undefined;
  if (own && isElement(container)) return readMessengerRows(container, own, seen, options.recentMessages);
  const list = findMessageList(container);
  return list ? readMessengerRows(list.element, list.layer, seen, options.recentMessages) : [];
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}
