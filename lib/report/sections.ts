import { formatAmounts } from '../i18n/describe-reason';
import { leaderDesignation } from '../i18n/leader-words';
import { recipientGroups } from './recipients';
import type { Report, ReportRecipient } from './report';
import { oneLine } from './text';
import { tr } from './words';

/**
 * The report's content in reading order, shared by the text to copy and the printable page, so both say the same
 * things in the same order: whom to send it to first (what the reader must do), then the finding, the suspect
 * account, the leader impersonated, the page, and the messages as evidence.
 */
export type ReportLine =
  | { kind: 'text'; text: string }
  /** The name of a group of recipients: a publisher's contacts, or the national lines. */
  | { kind: 'group'; text: string }
  | { kind: 'recipient'; recipient: ReportRecipient }
  | { kind: 'quote'; meta: string; text: string; marked: { start: number; end: number }[] };

export interface ReportSection {
  id: 'send-to' | 'finding' | 'suspect' | 'leader' | 'page' | 'checked' | 'messages';
  heading: string;
  lines: ReportLine[];
}

const platformNames = { facebook: 'Facebook', zalo: 'Zalo' } as const;

export function reportSections(report: Report): ReportSection[] {
  const { locale } = report;
  const sections: ReportSection[] = [];
  const say = (text: string): ReportLine => ({ kind: 'text', text });

  const sendTo: ReportLine[] = [];
  if (!report.sendTo.some((r) => r.via === 'publisher')) sendTo.push(say(tr(locale, 'report.sendTo.none')));
  for (const group of recipientGroups(report.sendTo)) {
    const name =
      group.via === 'national' ? tr(locale, 'report.sendTo.national') : group.publisher ? tr(locale, 'report.sendTo.publisher', { publisher: group.publisher }) : undefined;
    if (name) sendTo.push({ kind: 'group', text: name });
    sendTo.push(...group.recipients.map((recipient): ReportLine => ({ kind: 'recipient', recipient })));
  }
  sections.push({ id: 'send-to', heading: tr(locale, 'report.sendTo'), lines: sendTo });

  const finding: ReportLine[] = [say(tr(locale, 'report.level', { level: report.finding.word })), say(report.finding.summary)];
  if (report.finding.advice) finding.push(say(report.finding.advice));
  finding.push(...report.finding.reasons.map((reason) => say(`• ${reason.text}`)));
  if (report.amounts.length > 0) finding.push(say(tr(locale, 'report.amounts', { amounts: formatAmounts(report.amounts, locale) })));
  if (report.accounts.length > 0) finding.push(say(tr(locale, 'report.accounts', { accounts: report.accounts.join(', ') })));
  sections.push({ id: 'finding', heading: tr(locale, 'report.finding'), lines: finding });

  const suspect = report.suspect;
  if (suspect) {
    const lines: ReportLine[] = [];
    if (suspect.name) lines.push(say(tr(locale, 'report.suspect.name', { name: suspect.name })));
    if (suspect.platform) lines.push(say(tr(locale, 'report.suspect.platform', { platform: platformNames[suspect.platform] })));
    if (suspect.id) lines.push(say(tr(locale, 'report.suspect.id', { id: suspect.id })));
    if (suspect.username) lines.push(say(tr(locale, 'report.suspect.username', { username: suspect.username })));
    if (suspect.phone) lines.push(say(tr(locale, 'report.suspect.phone', { phone: suspect.phone })));
    if (suspect.profileUrl) lines.push(say(tr(locale, 'report.suspect.link', { url: oneLine(suspect.profileUrl) })));
    if (lines.length > 0) sections.push({ id: 'suspect', heading: tr(locale, 'report.suspect'), lines });
  }

  const leader = report.leader;
  if (leader) {
    const lines: ReportLine[] = [say(leaderDesignation(leader, locale))];
    if (leader.phones.length > 0) lines.push(say(tr(locale, 'report.leader.phones', { phones: leader.phones.join(', ') })));
    if (leader.verifiedAccounts.length > 0) lines.push(say(tr(locale, 'report.leader.accounts', { accounts: leader.verifiedAccounts.join(', ') })));
    sections.push({ id: 'leader', heading: tr(locale, 'report.leader'), lines });
  }

  if (report.page) {
    sections.push({
      id: 'page',
      heading: tr(locale, 'report.page'),
      lines: [say(tr(locale, 'report.page.url', { url: oneLine(report.page.url) })), say(tr(locale, 'report.page.seenAt', { time: reportTime(report.page.seenAt) }))],
    });
  }

  if (report.checked !== undefined) {
    sections.push({ id: 'checked', heading: tr(locale, 'report.checked'), lines: [{ kind: 'quote', meta: '', text: report.checked, marked: [] }] });
  }

  if (report.messages.length > 0) {
    const lines = report.messages.map((m): ReportLine => {
      const meta =
        m.sender && m.time
          ? tr(locale, 'report.message.meta', { sender: m.sender, time: m.time })
          : m.sender
            ? tr(locale, 'report.message.sender', { sender: m.sender })
            : m.time
              ? tr(locale, 'report.message.time', { time: m.time })
              : tr(locale, 'report.message.unknown');
      return { kind: 'quote', meta, text: m.text, marked: m.marked };
    });
    sections.push({ id: 'messages', heading: tr(locale, 'report.messages'), lines });
  }
  return sections;
}

/**
 * A moment as the office reading the report writes it: "29/11/2026 13:05 (GMT+7)", in Vietnam's time whatever
 * the machine's zone (Vietnam has no daylight saving). By hand rather than Intl, so no ICU build changes it.
 */
export function reportTime(iso: string): string {
  const at = new Date(Date.parse(iso) + 7 * 3_600_000);
  if (Number.isNaN(at.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(at.getUTCDate())}/${two(at.getUTCMonth() + 1)}/${at.getUTCFullYear()} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())} (GMT+7)`;
}

/** One recipient on one line: "label: phone · email · url". */
export function recipientLine(recipient: ReportRecipient): string {
  const ways = [recipient.phone, recipient.email, recipient.url].filter(Boolean).join(' · ');
  return ways ? `${recipient.label}: ${ways}` : recipient.label;
}
