import { contentIdsForRowsWithoutId } from '../dom/content-hash';
import { visibleText } from '../dom/visible-text';
import { isHiddenWithin } from '../dom/visibility';
import { isLabel } from '../labels';
import type { ChatMessage } from '../types';
import { parseMessageLabel } from './message-label';
import type { MessengerLayout } from './selectors';

interface RowReading {
  pageId?: string;
  direction: ChatMessage['direction'];
  sender?: string;
  text: string;
  time?: string;
}

/** Text of the row's outermost text blocks, leaving out the sender heading. */
function rowText(row: Element, layout: MessengerLayout): string {
  const skip = layout.senderHeading ? [layout.senderHeading] : [];
  // Messenger nests div[dir=auto]; only the outermost blocks of the row are read, so no text counts twice.
  const blocks = Array.from(row.querySelectorAll(layout.text)).filter((block) => {
    const outer = block.parentElement?.closest(layout.text);
    return !outer || !row.contains(outer);
  });
  const inHeading = (block: Element) => layout.senderHeading !== undefined && block.closest(layout.senderHeading) !== null;
  return blocks
    .filter((block) => !inHeading(block) && !isHiddenWithin(block, row))
    .map((block) => visibleText(block, skip))
    .filter((text) => text !== '')
    .join('\n');
}

/** 2026 layout: direction and sender come from the message's aria-label. */
function readLabelledRow(row: Element, layout: MessengerLayout): RowReading | null {
  const text = rowText(row, layout);
  const parsed = parseMessageLabel(row.getAttribute('aria-label') ?? '', text);
  const body = text || parsed?.text || '';
  if (body === '') return null;
  return {
    pageId: row.getAttribute('data-message-id') ?? undefined,
    direction: parsed?.own ? 'outgoing' : 'incoming',
    sender: parsed && !parsed.own ? parsed.sender : undefined,
    text: body,
    time: parsed?.time,
  };
}

/**
 * Older grid layout: a visually hidden h5/h4 names the sender ("Bạn đã gửi" = you sent). A row without a heading
 * continues the run above it; status rows ("Đã xem") and date breaks are not messages.
 */
function readGridRow(row: Element, layout: MessengerLayout, previous: RowReading | null): RowReading | null {
  const text = rowText(row, layout);
  if (text === '' || isLabel('seenStatus', text)) return null;
  const heading = layout.senderHeading ? row.querySelector(layout.senderHeading) : null;
  const headingText = heading && !isHiddenWithin(heading, row) ? visibleText(heading) : '';
  const pageId = row.querySelector('[data-message-id]')?.getAttribute('data-message-id') ?? undefined;
  if (headingText === '') {
    if (!previous) return { pageId, direction: 'incoming', text };
    return { pageId, direction: previous.direction, sender: previous.sender, text };
  }
  if (isLabel('ownHeading', headingText)) return { pageId, direction: 'outgoing', text };
  return { pageId, direction: 'incoming', sender: headingText, text };
}

/**
 * Messages in a Messenger message list, in page order, decoys left out. Rows whose page id is in `seen` are
 * skipped before any text is read: a long thread is mostly rows already judged, and reading text is the cost.
 * (Grid rows need their neighbours to know the sender, so that layout is always read whole.)
 */
export function readMessengerRows(list: Element, layout: MessengerLayout, seen?: ReadonlySet<string>, recent?: number): ChatMessage[] {
  const rows: RowReading[] = [];
  let previous: RowReading | null = null;
  const all = Array.from(list.querySelectorAll(layout.message));
  for (const row of recent !== undefined && all.length > recent ? all.slice(all.length - recent) : all) {
    if (seen && !layout.senderHeading) {
      const pageId = row.getAttribute('data-message-id');
      if (pageId !== null && seen.has(pageId)) continue;
    }
    if (isHiddenWithin(row, list)) continue;
    const reading: RowReading | null = layout.senderHeading ? readGridRow(row, layout, previous) : readLabelledRow(row, layout);
    if (!reading) continue;
    rows.push(reading);
    previous = reading;
  }
  const hashed = contentIdsForRowsWithoutId(rows, (row) => [row.direction, row.sender ?? '', row.time ?? '', row.text].join('\u0000'));
  return rows.map((row, index) => {
    const message: ChatMessage = { id: row.pageId ?? hashed[index] ?? '', direction: row.direction, text: row.text };
    if (row.sender !== undefined) message.sender = row.sender;
    if (row.time !== undefined) message.time = row.time;
    return message;
  });
}
