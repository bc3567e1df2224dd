import type { PageReading } from '../sites';
import type { DetectionEngine } from './engine';
import { judgeConversation, type PhotoEvidence } from './judge';
import { levelRank } from './levels';
import type { SenderIdentity, Verdict } from './types';

/** One sender on the page and what the page shows them writing. */
export interface PageSender {
  identity: SenderIdentity;
  messages: string[];
  /** Index into the reading's messages, so highlights can be mapped back to bubbles. */
  messageIds: string[];
}

/**
 * Who is judged on a page. A profile or a one-to-one thread has one subject: the person viewed or the chat partner.
 * In a group chat every sender is judged on their own (a scammer may sit among colleagues); only their identity by
 * name is known there, as pages do not expose members' ids.
 */
export function sendersOnPage(reading: PageReading): PageSender[] {
  const incoming = reading.messages.filter((m) => m.direction === 'incoming');
  const subject = reading.subject;
  if (subject && !subject.isGroup) {
    const identity: SenderIdentity = {
      name: subject.name,
      platform: subject.platform,
      id: subject.id,
      username: subject.username,
      phone: subject.phone,
    };
    return [{ identity, messages: incoming.map((m) => m.text), messageIds: incoming.map((m) => m.id) }];
  }
  const bySender = new Map<string, PageSender>();
  for (const m of incoming) {
    if (!m.sender) continue;
    let entry = bySender.get(m.sender);
    if (!entry) {
      entry = { identity: { name: m.sender, platform: reading.site }, messages: [], messageIds: [] };
      bySender.set(m.sender, entry);
    }
    entry.messages.push(m.text);
    entry.messageIds.push(m.id);
  }
  return [...bySender.values()];
}

export interface PageVerdict {
  /** The loudest verdict on the page, with the sender it concerns. */
  verdict: Verdict;
  sender?: PageSender;
  perSender: { sender: PageSender; verdict: Verdict }[];
}

const calm: Verdict = { level: 'none', leader: null, reasons: [], highlights: [], amounts: [], accounts: [] };

export function judgePage(engine: DetectionEngine, reading: PageReading, photo?: PhotoEvidence): PageVerdict {
  const senders = sendersOnPage(reading);
  const perSender = senders.map((sender, i) => ({
    sender,
    // A photo belongs to the page's subject, which is the only sender of a profile or one-to-one thread.
    verdict: judgeConversation(engine, { sender: sender.identity, messages: sender.messages, photo: i === 0 && !reading.subject?.isGroup ? photo : undefined }),
  }));
  let loudest: { sender: PageSender; verdict: Verdict } | undefined;
  for (const entry of perSender) {
    if (!loudest || levelRank(entry.verdict.level) > levelRank(loudest.verdict.level)) loudest = entry;
  }
  return { verdict: loudest?.verdict ?? calm, sender: loudest?.sender, perSender };
}
