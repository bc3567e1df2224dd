import type { MessageHighlight } from './types';

export interface TextSegment {
  text: string;
  highlighted: boolean;
}

/**
 * Cuts a message into plain and highlighted runs. Ranges come from the money-request detector and may overlap or
 * run past the text (the message can change between detection and display), so they are clamped and merged
 * rather than trusted.
 */
export function highlightSegments(text: string, highlights: readonly Pick<MessageHighlight, 'start' | 'end'>[]): TextSegment[] {
  const ranges = highlights
    .map((h) => ({ start: clamp(h.start, text.length), end: clamp(h.end, text.length) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  const segments: TextSegment[] = [];
  let at = 0;
  for (const { start, end } of merged) {
    if (start > at) segments.push({ text: text.slice(at, start), highlighted: false });
    segments.push({ text: text.slice(start, end), highlighted: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), highlighted: false });
  return segments;
}

/** The messages that carry highlights, in conversation order, each with its own ranges. */
export function offendingMessages(
  messages: readonly string[],
  highlights: readonly MessageHighlight[],
): { index: number; text: string; highlights: MessageHighlight[] }[] {
  return messages
    .map((text, index) => ({ index, text, highlights: highlights.filter((h) => h.messageIndex === index) }))
    .filter((m) => m.highlights.length > 0);
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(0, Math.floor(offset)), length);
}
