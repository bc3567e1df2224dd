/**
 * Site adapters: pure readings of what Facebook, Messenger and Zalo Web show, as plain functions of the page's
 * DOM and address, so the content scripts, the tests (happy-dom) and the command-line tool (linkedom) share them.
 */
import { siteDescriptionForUrl } from './registry';
import type { ChatMessage, PageReading, ReadOptions, SiteId } from './types';

export type { ChatMessage, LayoutStatus, PageKind, PageReading, ReadOptions, SiteId, Subject } from './types';
export type { SelectorLayer } from './dom/selector-layer';
export type { SiteDescription } from './registry';
export { supportedSites, facebookSite, zaloSite } from './registry';
export { localisedLabels, uiLanguages, type LabelKey, type UiLanguage } from './labels';
export { facebookPlace, profileFromHref, type FacebookPlace } from './facebook/urls';

export function siteForUrl(url: URL): SiteId | null {
  return siteDescriptionForUrl(url)?.id ?? null;
}

/** What the page shows, or null when it is not a supported site. Reads text only; never runs page code. */
export function readPage(root: ParentNode, url: URL, options?: ReadOptions): PageReading | null {
  return siteDescriptionForUrl(url)?.read(root, url, options) ?? null;
}

/** The element a content script should observe for new messages, or null when the page has none. */
export function messageRegion(root: ParentNode, url: URL): Element | null {
  return siteDescriptionForUrl(url)?.messageRegion(root, url) ?? null;
}

/** Messages in `container` (the message region, or anything holding it), leaving out ids already in `seen`. */
export function readMessages(container: ParentNode, url: URL, seen?: ReadonlySet<string>, options?: ReadOptions): ChatMessage[] {
  const messages = siteDescriptionForUrl(url)?.readMessages(container, url, seen, options) ?? [];
  // Rows without a page id get content ids only after reading; filter those here.
  return seen ? messages.filter((message) => !seen.has(message.id)) : messages;
}
