import type { ProtocolReading } from '../protocol/messages';
import type { Verdict } from '../verdict/types';
import type { Report, ReportMessage } from './report';
import { oneLine, withoutEmpty } from './text';

/** The most messages a report quotes: the ones that triggered the warning, newest kept when there are more. */
export const MAX_REPORT_MESSAGES = 20;

/**
 * What the background keeps, per tab, to report a warning later: who the suspect account is and the messages that
 * triggered the warning, with the times the site showed. Taken from the reading the verdict was made on; the
 * background keeps the loudest warning of a place (entrypoints/background), as the banner does, so a report made
 * from the banner says what that banner saw.
 */
export interface PageEvidence {
  seenAt: string;
  suspect?: NonNullable<Report['suspect']>;
  messages: ReportMessage[];
}

type Judged = { verdict: Pick<Verdict, 'reasons' | 'highlights'>; messageIds: readonly string[]; senderName?: string };

export function pageEvidence(reading: Pick<ProtocolReading, 'site' | 'subject' | 'messages'>, judged: Judged, seenAt: Date): PageEvidence {
  const suspect = suspectOf(reading, judged.senderName);
  return { seenAt: seenAt.toISOString(), ...(suspect ? { suspect } : {}), messages: triggeringMessages(reading, judged) };
}

/** The account the warning is about: the profile or chat partner, or in a group chat the member who wrote. */
function suspectOf(reading: Pick<ProtocolReading, 'site' | 'subject'>, senderName: string | undefined): PageEvidence['suspect'] {
  const subject = reading.subject;
  if (!subject || subject.isGroup) return senderName ? { name: oneLine(senderName), platform: reading.site } : undefined;
  const profileUrl = profileLink(subject);
  return withoutEmpty({
    name: subject.name && oneLine(subject.name),
    platform: subject.platform,
    id: subject.id && oneLine(subject.id),
    username: subject.username && oneLine(subject.username),
    phone: subject.phone && oneLine(subject.phone),
    profileUrl,
  });
}

/** Where the account can be found again: facebook.com/<username> or profile.php?id=, zalo.me/<phone>. */
export function profileLink(subject: { platform: 'facebook' | 'zalo'; id?: string; username?: string; phone?: string }): string | undefined {
  if (subject.platform === 'facebook') {
    if (subject.username) return `https://www.facebook.com/${encodeURIComponent(subject.username)}`;
    if (subject.id && /^\d+$/.test(subject.id)) return `https://www.facebook.com/profile.php?id=${subject.id}`;
    return undefined;
  }
  const digits = subject.phone?.replace(/[^0-9]/g, '');
  return digits && digits.length >= 9 ? `https://zalo.me/${digits}` : undefined;
}

/**
 * The messages that made the verdict: those holding a money-request highlight, and those that carry a number the
 * directory lists as reported. The verdict's highlights index the judged sender's messages (messageIds), which
 * are looked up by id in the reading.
 */
function triggeringMessages(reading: Pick<ProtocolReading, 'messages'>, { verdict, messageIds }: Judged): ReportMessage[] {
  const byId = new Map(reading.messages.map((m) => [m.id, m]));
  const flaggedDigits = verdict.reasons
    .filter((r) => r.code === 'flagged-bank-account' || r.code === 'flagged-phone')
    .map((r) => digitsOf(r.value))
    .filter((digits) => digits.length >= 6);
  const quoted: ReportMessage[] = [];
  messageIds.forEach((id, index) => {
    const message = byId.get(id);
    if (!message) return;
    const marked = verdict.highlights.filter((h) => h.messageIndex === index).map(({ start, end }) => ({ start, end }));
    const carriesFlagged = flaggedDigits.some((digits) => digitsOf(message.text).includes(digits));
    if (marked.length === 0 && !carriesFlagged) return;
    // Sender and time go on the quote's one-line caption; the message keeps its lines (it is quoted as a block).
    quoted.push(withoutEmpty({ sender: message.sender && oneLine(message.sender), time: message.time && oneLine(message.time), text: message.text, marked: marked.slice(0, 100) }));
  });
  return quoted.slice(-MAX_REPORT_MESSAGES);
}

function digitsOf(text: string): string {
  return text.replace(/[^0-9]/g, '');
}
