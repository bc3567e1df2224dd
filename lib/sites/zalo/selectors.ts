import type { SelectorLayer } from '../dom/selector-layer';

/**
 * Zalo Web's selectors, newest first. Zalo keeps stable test ids (data-id="div_ReceivedMsg_Text"), bubble ids
 * (bb_msg_id_<send time>) and BEM-like class names; shapes from ../shared/docs/dom-notes.md (a public project's
 * live survey, 2026-09/10) and the fragments in ../shared/fixtures/dom/zalo.
 */

export const chatTitleLayers: readonly SelectorLayer[] = [
  {
    id: 'chat-title-data-id',
    selector: 'header [data-id*="ChatTitle" i]:not([data-id^="btn"])',
    seen: '2026-10',
    source: 'dom-notes "chat pane, header": [data-id*=ChatTitle i], excluding the edit-title button',
  },
  {
    id: 'thread-chat-title',
    selector: 'header .threadChat__title .truncate',
    seen: '2026-10',
    source: 'dom-notes: title .threadChat__title; the name sits in its .truncate (subtitle "Vừa truy cập" beside it)',
  },
  {
    id: 'header-title-2019',
    selector: '.header-title .truncate',
    seen: '2020',
    source: 'legacy_zalo_web_header_c2019-2020 fragment (older: .header-title .truncate)',
  },
];

export const chatAvatarLayers: readonly SelectorLayer[] = [
  {
    id: 'ava-chat-box-view',
    selector: '#ava_chat_box_view .zavatar-container img',
    seen: '2026-10',
    source: 'dom-notes "header avatar"',
  },
  {
    id: 'thread-chat-avatar-2019',
    selector: '.threadChat__avatar .avatar-img',
    seen: '2020',
    source: 'legacy_zalo_web_header_c2019-2020 fragment: a CSS background-image on .avatar-img',
  },
];

export const messageListLayers: readonly SelectorLayer[] = [
  { id: 'message-view-scroll', selector: '#messageViewScroll', seen: '2026-09-28', source: 'dom-notes "scroller"; vclinks fragment' },
  {
    id: 'scroll-inner',
    selector: '.message-view__scroll__inner',
    seen: '2024',
    source: 'dom-notes: older scroller class',
  },
  { id: 'message-view-2019', selector: '#messageView', seen: '2020', source: 'legacy_zalo_web_header_c2019-2020 fragment' },
];

export const bubbleLayers: readonly SelectorLayer[] = [
  {
    id: 'bb-msg-id',
    selector: 'div[id^="bb_msg_id_"].chat-message',
    seen: '2026-09-28',
    source: 'vclinks fragment; zalojs 2024-03 bubble has the same id scheme',
  },
  {
    id: 'bubble-component',
    selector: '[data-component="bubble-message"], [data-node-type="bubble-message"]',
    seen: '2024-03',
    source: 'dom-notes "bubble" alternative; zalojs 2024-03 bubble carries data-node-type',
  },
];

/** Where a bubble keeps its text, most specific first: the 2024 card wraps time and reactions around span.text. */
export const bubbleTextLayers: readonly SelectorLayer[] = [
  {
    id: 'text-content-component',
    selector: '[data-component="message-text-content"]',
    seen: '2026-10',
    source: 'dom-notes "text"',
  },
  { id: 'text-message-container', selector: '.text-message__container', seen: '2026-09-28', source: 'vclinks fragment' },
  { id: 'span-text-2024', selector: 'span.text', seen: '2024-03', source: 'zalojs 2024-03 sent bubble' },
  {
    id: 'msg-text-data-id',
    selector: '[data-id$="Msg_Text"]',
    seen: '2026-09-28',
    source: 'vclinks group bubble: div_ReceivedMsg_Text holding a bare span',
  },
  {
    id: 'msg-link-data-id',
    selector: '[data-id$="Msg_Link"]',
    seen: '2026-09-28',
    source: 'vclinks link bubble: the visible link text is what the sender wrote',
  },
];

/** Left out of a bubble's text: the quoted message a reply shows above its own text, and the group sender name. */
export const bubbleTextExclusions: readonly SelectorLayer[] = [
  {
    id: 'quote-fragment',
    selector: '.message-quote-fragment__container',
    seen: '2026-10',
    source: 'dom-notes "text": remove the quoted-reply block before reading',
  },
  {
    id: 'sender-name',
    selector: '.message-sender-name-wrapper, .card-sender-name',
    seen: '2026-09-28',
    source: 'vclinks group bubble; zalojs 2024 card-sender-name',
  },
];

export const groupSenderLayers: readonly SelectorLayer[] = [
  { id: 'sender-name-content', selector: '.message-sender-name-content', seen: '2026-09-28', source: 'vclinks group bubble' },
];

export const sendTimeLayers: readonly SelectorLayer[] = [
  { id: 'send-time', selector: '.card-send-time__sendTime', seen: '2024-03', source: 'zalojs 2024-03 sent bubble' },
];

/** Direction from the bubble's test ids (dom-notes "direction"); own bubbles also carry the class "me". */
export const directionMarkers = {
  incoming: ['div_ReceivedMsg', 'div_LastReceivedMsg'],
  outgoing: ['div_SentMsg', 'div_LastSentMsg'],
  ownClass: 'me',
} as const;

export const chatListItemLayers: readonly SelectorLayer[] = [
  {
    id: 'thread-chat-item',
    selector: '.msg-item[data-id="div_TabMsg_ThrdChItem"][anim-data-id]',
    seen: '2026-09-28',
    source: 'vclinks sidebar item; dom-notes "chat list"',
  },
];

/** Parts of a chat-list item. The open chat is marked .selected on the item or inside it. */
export const chatListParts = {
  selected: '.selected',
  name: '.conv-item-title__name .truncate',
  /** The Zalo user id is the avatar img's id, for one-avatar (one-to-one) rows. */
  userAvatar: '.conv-item__avatar img[id]',
  groupAvatar: '.zavatar-multi',
} as const;

export const profilePopupLayers: readonly SelectorLayer[] = [
  { id: 'zl-modal', selector: '#zl-modal__dialog-body', seen: '2026-10', source: 'dom-notes "profile popup"' },
];

export const profilePopupParts = {
  name: '.pi-mini-info-section__name .truncate',
  field: '.pi-info-section__info-list span.content-copiable',
} as const;
