import { definedOnly } from '../defined-only';
import { firstLayerMatch, type LayerMatch } from '../dom/selector-layer';
import { imageUrl } from '../dom/image-url';
import { visibleText } from '../dom/visible-text';
import { isHiddenWithin, isSelfHidden } from '../dom/visibility';
import { afterLabelPrefix } from '../labels';
import type { RegionReading } from '../layout-status';
import type { Subject } from '../types';
import { messengerLayouts, partnerLinkLayers, type MessengerLayout } from './selectors';
import { profileFromHref } from './urls';

/** The message list of the open conversation: a labelled, visible [role=log] (2026) or [role=grid] (older). */
export function findMessageList(root: ParentNode): LayerMatch<MessengerLayout> | null {
  return firstLayerMatch(root, messengerLayouts, (element, layout) => {
    if (isSelfHidden(element)) return false;
    const label = element.getAttribute('aria-label') ?? '';
    return layout.listLabels.some((key) => afterLabelPrefix(key, label) !== null);
  });
}

/** Name and group flag from the list's label: "...with <name>" (one-to-one) or "...titled <name>" (group). */
function conversationFromLabel(list: Element): { name: string; isGroup: boolean } | null {
  const label = list.getAttribute('aria-label') ?? '';
  const titled = afterLabelPrefix('conversationTitled', label)?.trim();
  if (titled) return { name: titled, isGroup: true };
  const partner = afterLabelPrefix('conversationWith', label)?.trim();
  return partner ? { name: partner, isGroup: false } : null;
}

function isVisibleInPage(element: Element): boolean {
  return !isHiddenWithin(element, element.closest('[role="main"]')?.parentNode ?? null);
}

/** The topmost visible link to a profile inside main: the conversation header (or the first partner avatar). */
function findPartnerLink(root: ParentNode, url: URL) {
  const match = firstLayerMatch(root, partnerLinkLayers, (element) =>
    isVisibleInPage(element) && profileFromHref(element.getAttribute('href') ?? '', url) !== null,
  );
  if (!match) return null;
  const identity = profileFromHref(match.element.getAttribute('href') ?? '', url) ?? {};
  const name = match.element.getAttribute('aria-label')?.trim() || visibleText(match.element) || undefined;
  const image = match.element.querySelector('img, image');
  return { match, identity, name, avatarUrl: image ? imageUrl(image, url) : undefined };
}

export interface ThreadSubjectReading {
  subject: Subject;
  regions: RegionReading[];
}

/**
 * The chat partner of a Messenger thread: the id from the URL (/t/<id>) when numeric, the name from the list's
 * label, else from the topmost partner link. In a group the subject is the group itself.
 */
export function readThreadSubject(
  root: ParentNode,
  url: URL,
  threadId: string,
  list: LayerMatch<MessengerLayout> | null,
): ThreadSubjectReading {
  const regions: RegionReading[] = [];
  const conversation = list ? conversationFromLabel(list.element) : null;
  const partner = conversation?.isGroup ? null : findPartnerLink(root, url);
  // A group's thread id is not anybody's user id.
  const fromUrl = conversation?.isGroup ? {} : /^\d+$/.test(threadId) ? { id: threadId } : { username: threadId };
  let name: string | undefined;
  if (conversation) {
    name = conversation.name;
    regions.push({ region: 'partner-name', layer: 'conversation-label', primary: true });
  } else if (partner?.name) {
    name = partner.name;
    regions.push({ region: 'partner-name', layer: partner.match.layer.id, primary: false });
  }
  // A link to the partner adds a username, or the id when the URL's thread id is not a user id.
  const urlId: string | undefined = 'id' in fromUrl ? fromUrl.id : undefined;
  const linkAgrees = partner && (urlId === undefined || partner.identity.id === undefined || partner.identity.id === urlId);
  const identity = { ...(linkAgrees ? partner.identity : {}), ...fromUrl };
  const subject: Subject = {
    platform: 'facebook',
    ...definedOnly({
      name,
      ...identity,
      avatarUrl: linkAgrees ? partner.avatarUrl : undefined,
      isGroup: conversation?.isGroup ? true : undefined,
    }),
  };
  return { subject, regions };
}
