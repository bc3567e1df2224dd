import { firstLayerMatch } from '../dom/selector-layer';
import { isSelfHidden } from '../dom/visibility';
import { layerNames, layoutStatus } from '../layout-status';
import type { ChatMessage, PageReading, ReadOptions } from '../types';
import { readZaloBubbles } from './bubbles';
import { readChatSubject } from './chat';
import { chatListItemLayers, messageListLayers } from './selectors';

export const zaloHosts = ['chat.zalo.me'] as const;

function findMessageList(root: ParentNode) {
  return firstLayerMatch(root, messageListLayers, (element) => !isSelfHidden(element));
}

/**
 * Zalo Web is one page at chat.zalo.me: a thread when a chat is open, "other" when only the chat list shows (no
 * chat selected yet), and a thread with an unknown layout when nothing at all is recognised.
 */
export function readZaloPage(root: ParentNode, url: URL, options: ReadOptions = {}): PageReading {
  const list = findMessageList(root);
  const chat = readChatSubject(root, url);
  const regions = [...chat.regions];
  if (list) regions.unshift({ region: 'message-list', layer: list.layer.id, primary: list.rank === 0 });
  const chatListShown = chatListItemLayers.some((layer) => root.querySelector(layer.selector) !== null);
  if (!list && !chat.subject && chatListShown) {
    return { site: 'zalo', kind: 'other', layout: 'ok', layers: [], messages: [] };
  }
  let threadKey = chat.threadKey;
  if (threadKey === undefined && chat.subject?.name !== undefined) {
    // No selected chat-list item (list scrolled or collapsed): the title still tells chats apart.
    threadKey = `title:${chat.subject.name}`;
    regions.push({ region: 'thread-key', layer: 'chat-title', primary: false });
  }
  const reading: PageReading = {
    site: 'zalo',
    kind: 'thread',
    layout: layoutStatus(regions, ['message-list'], ['chat-title', 'thread-key']),
    layers: layerNames(regions),
    messages: list ? readZaloBubbles(list.element, undefined, options.recentMessages) : [],
  };
  if (chat.subject) reading.subject = chat.subject;
  if (threadKey !== undefined) reading.threadKey = threadKey;
  return reading;
}

export function zaloMessageRegion(root: ParentNode): Element | null {
  return findMessageList(root)?.element ?? null;
}

/**
 * Messages in `container`: the message list, anything holding it, or (when it holds no list) a part of the list
 * such as a single bubble's parent, whose bubbles are read directly.
 */
export function readZaloMessages(container: ParentNode, seen?: ReadonlySet<string>, options: ReadOptions = {}): ChatMessage[] {
  const element = (container as Node).nodeType === 1 ? (container as Element) : null;
  if (element && messageListLayers.some((layer) => element.matches(layer.selector))) return readZaloBubbles(element, seen, options.recentMessages);
  const list = findMessageList(container);
  if (list) return readZaloBubbles(list.element, seen, options.recentMessages);
  const holder = element ?? (container as Document | DocumentFragment).firstElementChild;
  return holder ? readZaloBubbles(holder, seen, options.recentMessages) : [];
}
