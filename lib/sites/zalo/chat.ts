import { definedOnly } from '../defined-only';
import { firstLayerMatch } from '../dom/selector-layer';
import { imageUrl } from '../dom/image-url';
import { visibleText } from '../dom/visible-text';
import { isHiddenWithin, isSelfHidden } from '../dom/visibility';
import type { RegionReading } from '../layout-status';
import type { Subject } from '../types';
import {
  chatAvatarLayers,
  chatListItemLayers,
  chatListParts,
  chatTitleLayers,
  profilePopupLayers,
  profilePopupParts,
} from './selectors';

function isVisibleIn(element: Element, boundary: ParentNode | null): boolean {
  return !isHiddenWithin(element, boundary);
}

/** The header around a title, which bounds the decoy check. */
function headerOf(element: Element): ParentNode | null {
  return element.closest('header')?.parentNode ?? null;
}

function readTitle(root: ParentNode, regions: RegionReading[]): string | undefined {
  const match = firstLayerMatch(root, chatTitleLayers, (element) =>
    isVisibleIn(element, headerOf(element)) && visibleText(element) !== '',
  );
  if (!match) return undefined;
  regions.push({ region: 'chat-title', layer: match.layer.id, primary: match.rank === 0 });
  return visibleText(match.element);
}

function readAvatar(root: ParentNode, url: URL, regions: RegionReading[]): string | undefined {
  const match = firstLayerMatch(root, chatAvatarLayers, (element) => imageUrl(element, url) !== undefined);
  if (!match) return undefined;
  regions.push({ region: 'chat-avatar', layer: match.layer.id, primary: match.rank === 0 });
  return imageUrl(match.element, url);
}

export interface OpenChatItem {
  threadKey: string;
  isGroup: boolean;
  userId?: string;
  name?: string;
}

/** The selected chat-list item: its anim-data-id is the thread key ("g" prefix = group). */
export function readOpenChatItem(root: ParentNode, regions: RegionReading[]): OpenChatItem | undefined {
  const match = firstLayerMatch(root, chatListItemLayers, (element) =>
    !isSelfHidden(element) &&
    (element.matches(chatListParts.selected) || element.querySelector(chatListParts.selected) !== null),
  );
  if (!match) return undefined;
  regions.push({ region: 'thread-key', layer: match.layer.id, primary: match.rank === 0 });
  const item = match.element;
  const threadKey = item.getAttribute('anim-data-id') ?? '';
  const isGroup = threadKey.startsWith('g') || item.querySelector(chatListParts.groupAvatar) !== null;
  const avatar = isGroup ? null : item.querySelector(chatListParts.userAvatar);
  const nameElement = item.querySelector(chatListParts.name);
  return {
    threadKey,
    isGroup,
    ...definedOnly({
      userId: avatar?.getAttribute('id') || undefined,
      name: nameElement ? visibleText(nameElement) || undefined : undefined,
    }),
  };
}

const phonePattern = /^(?:\+?84|0)[\d ]{8,13}$/;

/**
 * The phone shown in an open profile popup, taken only when the popup is about `name` (a group member's popup
 * must not lend its number to the chat).
 */
function readPopupPhone(root: ParentNode, name: string | undefined, regions: RegionReading[]): string | undefined {
  const match = firstLayerMatch(root, profilePopupLayers, (element) => !isSelfHidden(element));
  if (!match || name === undefined) return undefined;
  const popupName = match.element.querySelector(profilePopupParts.name);
  if (!popupName || visibleText(popupName) !== name) return undefined;
  const phone = Array.from(match.element.querySelectorAll(profilePopupParts.field))
    .filter((field) => isVisibleIn(field, match.element))
    .map((field) => visibleText(field))
    .find((text) => phonePattern.test(text));
  if (phone === undefined) return undefined;
  regions.push({ region: 'profile-popup', layer: match.layer.id, primary: match.rank === 0 });
  return phone;
}

export interface ChatSubjectReading {
  subject?: Subject;
  threadKey?: string;
  regions: RegionReading[];
}

/**
 * The open Zalo chat: title and avatar from the header, group flag, user id and thread key from the selected
 * chat-list item, the phone from the profile popup when it is open on the same person.
 */
export function readChatSubject(root: ParentNode, url: URL): ChatSubjectReading {
  const regions: RegionReading[] = [];
  const title = readTitle(root, regions);
  const avatarUrl = readAvatar(root, url, regions);
  const item = readOpenChatItem(root, regions);
  const name = title ?? item?.name;
  const isGroup = item?.isGroup ?? false;
  const phone = isGroup ? undefined : readPopupPhone(root, name, regions);
  if (name === undefined && avatarUrl === undefined && item === undefined) return { regions };
  const subject: Subject = {
    platform: 'zalo',
    ...definedOnly({ name, id: isGroup ? undefined : item?.userId, phone, avatarUrl, isGroup: isGroup || undefined }),
  };
  return { subject, threadKey: item?.threadKey, regions };
}
