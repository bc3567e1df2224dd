import { firstLayerMatch } from '../dom/selector-layer';
import { imageUrl } from '../dom/image-url';
import { visibleText } from '../dom/visible-text';
import { isHiddenWithin } from '../dom/visibility';
import type { RegionReading } from '../layout-status';
import type { Subject } from '../types';
import { definedOnly } from '../defined-only';
import { profileAvatarLayers, profileNameLayers, profileTabLayers } from './selectors';
import { profileFromHref } from './urls';

export interface ProfileReading {
  subject: Subject;
  regions: RegionReading[];
}

/** The main region an element belongs to, which bounds the decoy check (see isHiddenWithin). */
function mainOf(element: Element): Element | null {
  return element.closest('[role="main"]');
}

function visibleInMain(element: Element): boolean {
  return !isHiddenWithin(element, mainOf(element)?.parentNode ?? null);
}

/** "(3) Lê Quang Minh | Facebook" -> "Lê Quang Minh"; null for a bare "Facebook". */
function nameFromTitle(title: string): string | null {
  const match = title.trim().match(/^(?:\(\d+\+?\)\s*)?(.+?)\s*\|\s*Facebook$/);
  return match?.[1] ?? null;
}

function readName(root: ParentNode, regions: RegionReading[]): string | undefined {
  const match = firstLayerMatch(root, profileNameLayers, (element, layer) =>
    layer.id === 'document-title' ? nameFromTitle(element.textContent ?? '') !== null
      : visibleInMain(element) && visibleText(element) !== '',
  );
  if (!match) return undefined;
  regions.push({ region: 'profile-name', layer: match.layer.id, primary: match.rank === 0 });
  return match.layer.id === 'document-title'
    ? (nameFromTitle(match.element.textContent ?? '') ?? undefined)
    : visibleText(match.element);
}

/** The last-resort <img> must look like an avatar: square and at least 80 px (cover photos are wide). */
function isSquareAvatarImage(element: Element): boolean {
  const width = Number(element.getAttribute('width'));
  const height = Number(element.getAttribute('height'));
  return width >= 80 && width === height;
}

function readAvatar(root: ParentNode, url: URL, regions: RegionReading[]): string | undefined {
  const match = firstLayerMatch(root, profileAvatarLayers, (element, layer) =>
    visibleInMain(element) && imageUrl(element, url) !== undefined &&
    (layer.id !== 'scontent-img' || isSquareAvatarImage(element)),
  );
  if (!match) return undefined;
  regions.push({ region: 'profile-avatar', layer: match.layer.id, primary: match.rank === 0 });
  return imageUrl(match.element, url);
}

/** Id or username from the profile tabs, when the URL gave neither (e.g. a /people/ or redirected page). */
function identityFromTabs(root: ParentNode, url: URL, regions: RegionReading[]): { id?: string; username?: string } {
  const match = firstLayerMatch(root, profileTabLayers, (element) =>
    profileFromHref(element.getAttribute('href') ?? '', url) !== null,
  );
  if (!match) return {};
  regions.push({ region: 'profile-id', layer: match.layer.id, primary: match.rank === 0 });
  return profileFromHref(match.element.getAttribute('href') ?? '', url) ?? {};
}

/** A Facebook profile page: name, avatar and identity (URL first, then the profile tabs). */
export function readProfile(
  root: ParentNode,
  url: URL,
  fromUrl: { id?: string; username?: string },
): ProfileReading {
  const regions: RegionReading[] = [];
  const name = readName(root, regions);
  const avatarUrl = readAvatar(root, url, regions);
  let identity = fromUrl;
  if (fromUrl.id !== undefined || fromUrl.username !== undefined) {
    regions.push({ region: 'profile-id', layer: 'url', primary: true });
  } else {
    identity = identityFromTabs(root, url, regions);
  }
  const subject: Subject = { platform: 'facebook', ...definedOnly({ name, avatarUrl, ...identity }) };
  return { subject, regions };
}
