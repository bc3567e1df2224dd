import { contentIdsForRowsWithoutId } from '../dom/content-hash';
import type { SelectorLayer } from '../dom/selector-layer';
import { visibleText } from '../dom/visible-text';
import { isHiddenWithin } from '../dom/visibility';
import type { ChatMessage } from '../types';
import {
  bubbleLayers,
  bubbleTextExclusions,
  bubbleTextLayers,
  directionMarkers,
  groupSenderLayers,
  sendTimeLayers,
} from './selectors';

const excluded = bubbleTextExclusions.map((layer) => layer.selector);

/** The bubbles of the first bubble layer present in the list (a layout does not mix them). */
function bubblesIn(list: Element): Element[] {
  for (const layer of bubbleLayers) {
    const found = Array.from(list.querySelectorAll(layer.selector));
    if (found.length > 0) return found;
  }
  return [];
}

function firstVisible(bubble: Element, layers: readonly SelectorLayer[]): Element | null {
  for (const layer of layers) {
    for (const element of Array.from(bubble.querySelectorAll(layer.selector))) {
      if (!isHiddenWithin(element, bubble) && !excluded.some((selector) => element.closest(selector))) return element;
    }
  }
  return null;
}

/**
 * "div_LastSentMsg_Text" -> outgoing, "div_ReceivedMsg_*" -> incoming; the first marker outside a quoted reply
 * decides (a reply may quote one of our own messages). Otherwise a bubble with class "me" is ours; unmarked
 * bubbles count as incoming, so that nothing a stranger sent escapes reading.
 */
function directionOf(bubble: Element): ChatMessage['direction'] {
  const marked = [bubble, ...Array.from(bubble.querySelectorAll('[data-id]'))].filter(
    (element) => !excluded.some((selector) => element.closest(selector)),
  );
  for (const element of marked) {
    const id = element.getAttribute('data-id') ?? '';
    if (directionMarkers.outgoing.some((marker) => id.startsWith(marker))) return 'outgoing';
    if (directionMarkers.incoming.some((marker) => id.startsWith(marker))) return 'incoming';
  }
  return bubble.classList.contains(directionMarkers.ownClass) ? 'outgoing' : 'incoming';
}

function senderNameOf(bubble: Element): string | undefined {
  for (const layer of groupSenderLayers) {
    for (const element of Array.from(bubble.querySelectorAll(layer.selector))) {
      if (isHiddenWithin(element, bubble)) continue;
      const name = visibleText(element);
      if (name !== '') return name;
    }
  }
  return undefined;
}

function idOf(bubble: Element): string | undefined {
  const id = bubble.getAttribute('id') ?? '';
  return id.startsWith('bb_msg_id_') ? id.slice('bb_msg_id_'.length) : undefined;
}

interface BubbleReading {
  pageId?: string;
  direction: ChatMessage['direction'];
  sender?: string;
  text: string;
  time?: string;
}

/**
 * Messages in a Zalo message list, in page order. In a group only the first bubble of a run shows the sender's
 * name; it applies to the following incoming bubbles until another name or one of our own bubbles. Bubbles whose
 * run began above the visible part of the list keep no sender rather than a guessed one.
 */
export function readZaloBubbles(list: Element, seen?: ReadonlySet<string>, recent?: number): ChatMessage[] {
  const readings: BubbleReading[] = [];
  let runSender: string | undefined;
  const all = bubblesIn(list);
  for (const bubble of recent !== undefined && all.length > recent ? all.slice(all.length - recent) : all) {
    if (isHiddenWithin(bubble, list)) continue;
    const direction = directionOf(bubble);
    const named = senderNameOf(bubble);
    runSender = direction === 'outgoing' ? undefined : (named ?? runSender);
    // A bubble already judged still passes on its run's sender (above), but its text is not read again.
    const pageId = idOf(bubble);
    if (seen && pageId !== undefined && seen.has(pageId)) continue;
    const textElement = firstVisible(bubble, bubbleTextLayers);
    const text = textElement ? visibleText(textElement, excluded) : '';
    // Photos, files and recalled messages carry no text to read; they still carry a run's sender name.
    if (text === '') continue;
    const timeElement = firstVisible(bubble, sendTimeLayers);
    readings.push({
      pageId: idOf(bubble),
      direction,
      sender: direction === 'incoming' ? runSender : undefined,
      text,
      time: timeElement ? visibleText(timeElement) || undefined : undefined,
    });
  }
  const hashed = contentIdsForRowsWithoutId(readings, (reading) => [reading.direction, reading.sender ?? '', reading.text].join('\u0000'));
  return readings.map((reading, index) => {
    const message: ChatMessage = { id: reading.pageId ?? hashed[index] ?? '', direction: reading.direction, text: reading.text };
    if (reading.sender !== undefined) message.sender = reading.sender;
    if (reading.time !== undefined) message.time = reading.time;
    return message;
  });
}
