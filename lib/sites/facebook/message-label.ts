import { afterLabelPrefix, isLabel } from '../labels';

export interface MessageLabel {
  time?: string;
  sender: string;
  own: boolean;
  text?: string;
}

/**
 * Parses a 2026 Messenger message aria-label: "At 3:08 AM, <sender>: <text>" (Vietnamese "Lúc 10:02, <sender>:
 * <text>"; own messages have the sender "You" / "Bạn"). When the row's visible text is known, the label is split
 * where that text begins, so a colon inside the message or a comma in the time cannot move the sender boundary.
 */
export function parseMessageLabel(label: string, visibleText?: string): MessageLabel | null {
  const afterTime = afterLabelPrefix('messageTime', label.trim());
  if (afterTime === null) return null;
  const head = headBeforeText(afterTime, visibleText);
  if (head === null) return null;
  const comma = head.lastIndexOf(', ');
  if (comma < 0) return null;
  const sender = head.slice(comma + 2).trim();
  const time = head.slice(0, comma).trim();
  if (sender === '') return null;
  const text = afterTime.slice(head.length + 1).trim();
  return { time: time || undefined, sender, own: isLabel('ownSender', sender), text: text || undefined };
}

/** "<time>, <sender>" without the ": <text>" that follows it. */
function headBeforeText(afterTime: string, visibleText: string | undefined): string | null {
  const flat = visibleText?.replace(/\s+/g, ' ').trim();
  if (flat) {
    const marker = `: ${flat}`;
    if (afterTime.endsWith(marker)) return afterTime.slice(0, afterTime.length - marker.length);
  }
  // Without the text to anchor on, a time holds no ", " and a sender no ": ": split at the first ": " after ", ".
  const comma = afterTime.indexOf(', ');
  if (comma < 0) return null;
  const colon = afterTime.indexOf(': ', comma + 2);
  return colon < 0 ? afterTime : afterTime.slice(0, colon);
}
