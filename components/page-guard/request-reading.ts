import type { PageReading } from '@/lib/sites/types';
import { cutText } from '../../lib/protocol/cut-text';

/** Limits of the protocol (lib/protocol/messages.ts): a long chat is cut to what the verdict needs. */
const MAX_MESSAGES = 40;
const MAX_TEXT = 4000;

/**
 * What is sent to the background: the page's subject and its most recent incoming messages, trimmed to the
 * protocol's bounds. Outgoing messages stay in the page: the user's own words are not evidence against anyone.
 */
export function requestReading(reading: PageReading): PageReading {
  const incoming = reading.messages.filter((m) => m.direction === 'incoming').slice(-MAX_MESSAGES);
  return {
    ...reading,
    layers: reading.layers.slice(0, 20),
    messages: incoming.map((m) => ({ ...m, text: cutText(m.text, MAX_TEXT), sender: m.sender && cutText(m.sender, 300) })),
    subject: reading.subject && {
      ...reading.subject,
      name: reading.subject.name && cutText(reading.subject.name, 300),
      avatarUrl: reading.subject.avatarUrl && reading.subject.avatarUrl.length <= 4096 ? reading.subject.avatarUrl : undefined,
    },
  };
}
