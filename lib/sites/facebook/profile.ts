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

/** Id or username from the profile tabs (Posts, About, Friends...), whose links point at the profile itself. */
function identityFromTabs(root: ParentNode, url: URL): { id?: string; username?: string } | null {
  const match = firstLayerMatch(root, profileTabLayers, (element) =>
    profileFromHref(element.getAttribute('href') ?? '', url) !== null,
  );
  return match ? profileFromHref(match.element.getAttribute('href') ?? '', url) : null;
}

/**
 * A Facebook profile page: name, avatar and identity. The URL gives the id or the username; the tabs may add the
 * other one (a profile reached by an alias address links its tabs by profile.php?id=). Tabs that contradict the
 * URL are ignored.
 */
export function readProfile(
  root: ParentNode,
  url: URL,
  fromUrl: { id?: string; username?: string },
): ProfileReading {
  const regions: RegionReading[] = [];
  const name = readName(root, regions);
  const avatarUrl = readAvatar(root, url, regions);
  regions.push({ region: 'profile-id', layer: 'url', primary: true });
  const identity = { ...fromUrl };
  const fromTabs = identityFromTabs(root, url);
  const contradicts =
    (fromTabs?.id !== undefined && fromUrl.id !== undefined && fromTabs.id !== fromUrl.id) ||
    (fromTabs?.username !== undefined && fromUrl.username !== undefined && fromTabs.username.toLowerCase() !== fromUrl.username.toLowerCase());
  const addsSomething =
    (identity.id === undefined && fromTabs?.id !== undefined) ||
    (identity.username === undefined && fromTabs?.username !== undefined);
  if (fromTabs && !contradicts && addsSomething) {
    identity.id ??= fromTabs.id;
    identity.username ??= fromTabs.username;
    regions.push({ region: 'profile-tabs', layer: profileTabLayers[0]?.id ?? 'tabs', primary: true });
  }
  const subject: Subject = { platform: 'facebook', ...definedOnly({ name, avatarUrl, ...identity }) };
  return { subject, regions };
}
