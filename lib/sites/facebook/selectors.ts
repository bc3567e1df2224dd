import type { SelectorLayer } from '../dom/selector-layer';
import type { LabelKey } from '../labels';

/**
 * Facebook's selectors, newest layout first. Atomic class names (x1i10hfl...) change weekly, so every selector
 * anchors on roles, aria attributes, data-pagelet/data-scope or element names (dom-notes rule 2).
 */

/** Profile name: the h1 inside main, not the first h1 of the document (the banner and chat list have their own). */
export const profileNameLayers: readonly SelectorLayer[] = [
  {
    id: 'main-h1',
    selector: '[role="main"] h1',
    seen: '2026-10',
    source: 'dom-notes "Facebook profile page" (public tools, 2025-2026); the same since the 2020 redesign',
  },
  {
    id: 'document-title',
    selector: 'head > title',
    seen: '2026-10',
    source: 'last resort: the tab title reads "<name> | Facebook" (optionally "(3) " unread count first)',
  },
];

export const profileAvatarLayers: readonly SelectorLayer[] = [
  {
    id: 'main-link-svg',
    selector: '[role="main"] [role="link"] [role="img"] image',
    seen: '2026-10',
    source: 'dom-notes: avatar svg inside the profile-picture link; shape as in fb_friends_list_row_2022-10',
  },
  {
    id: 'main-button-svg',
    selector: '[role="main"] [role="button"] [role="img"] image',
    seen: '2026-10',
    source: 'dom-notes: own profile and some layouts wrap the avatar in a "profile picture actions" button',
  },
  {
    id: 'labelled-svg',
    selector: '[role="main"] svg[aria-label] image',
    seen: '2025-09',
    source: 'dom-notes: a labelled svg with mask + image, as in the 2022 and 2025 fragments',
  },
  {
    id: 'scontent-img',
    selector: '[role="main"] img[src*="scontent"]',
    seen: '2025-06',
    source: 'dom-notes last resort: a square fbcdn <img> of 80 px or more inside main',
  },
];

/** Profile tabs (Posts, About, Friends...): their links carry the profile id or username. */
export const profileTabLayers: readonly SelectorLayer[] = [
  {
    id: 'tablist-tab',
    selector: '[role="main"] div[role="tablist"] a[role="tab"][href]',
    seen: '2026-10',
    source: 'dom-notes "profile id": div[role=tablist] a[role=tab] links also carry it',
  },
];

/** A layout of the Messenger message list: the list, its rows, and where a row keeps its text and sender. */
export interface MessengerLayout extends SelectorLayer {
  /** aria-label prefixes that mark the list (the chat list "Chats"/"Đoạn chat" is a grid too). */
  listLabels: readonly LabelKey[];
  message: string;
  text: string;
  /** Older layout: a visually hidden heading names the sender of the row. */
  senderHeading?: string;
}

export const messengerLayouts: readonly MessengerLayout[] = [
  {
    id: 'log-2026',
    selector: '[role="log"]',
    listLabels: ['conversationWith', 'conversationTitled'],
    message: '[aria-roledescription="message"]',
    text: 'div[dir="auto"]',
    seen: '2026-10',
    source: 'dom-notes "message list, 2026"; synthetic messenger_shapes (A), 2026 public tools',
  },
  {
    id: 'grid-2023',
    selector: '[role="main"] [role="grid"]',
    listLabels: ['conversationWith', 'conversationTitled'],
    message: '[role="row"]',
    text: 'div[dir="auto"]',
    senderHeading: 'h5, h4',
    seen: '2026-02',
    source: 'dom-notes "message list, older" (2023 to Feb 2026); synthetic messenger_shapes (B)',
  },
];

/** The chat partner's profile link at the top of the conversation. */
export const partnerLinkLayers: readonly SelectorLayer[] = [
  {
    id: 'main-profile-link',
    selector: '[role="main"] a[href]',
    seen: '2026-10',
    source: 'dom-notes "chat partner": the topmost a[href="https://www.facebook.com/<id or username>"] in main',
  },
];
