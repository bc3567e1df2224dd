import { describeReason, formatAmounts, leaderDesignation, t, type Locale } from '../lib/i18n';
import type { Verdict } from '../lib/verdict/types';
import { bannerSummary, isBannerLevel, levelWord } from './banner-text';
import { offendingMessages } from '../lib/verdict/highlight-segments';

export interface EvidenceInput {
  verdict: Verdict;
  locale: Locale;
  /** All the sender's messages; the ones that triggered the warning are quoted. */
  messages?: readonly string[];
  senderName?: string;
  /** Account id or profile link of the suspect account. */
  senderAccount?: string;
  pageUrl?: string;
  at?: Date;
}

/**
 * The evidence as plain text, for the banner's "Báo cáo" button to copy: what police (PA05) need to act, in the
 * user's language. Only the messages that triggered the warning are quoted, not the whole chat.
 */
export function evidenceText(input: EvidenceInput): string {
  const { verdict, locale } = input;
  const lines: string[] = [t(locale, 'evidence.title')];
  if (isBannerLevel(verdict.level)) {
    lines.push(t(locale, 'evidence.level', { level: levelWord(verdict.level, locale) }));
    lines.push(t(locale, 'evidence.summary', { summary: bannerSummary(verdict, locale) }));
  }
  if (verdict.leader) lines.push(t(locale, 'evidence.leader', { leader: leaderDesignation(verdict.leader, locale) }));
  const sender = [input.senderName, input.senderAccount].filter(Boolean).join(' — ');
  if (sender) lines.push(t(locale, 'evidence.sender', { sender }));
  if (input.pageUrl) lines.push(t(locale, 'evidence.page', { url: input.pageUrl }));
  if (input.at) lines.push(t(locale, 'evidence.time', { time: input.at.toISOString() }));
  if (verdict.amounts.length > 0) lines.push(t(locale, 'evidence.amounts', { amounts: formatAmounts(verdict.amounts, locale) }));
  if (verdict.accounts.length > 0) lines.push(t(locale, 'evidence.accounts', { accounts: verdict.accounts.join(', ') }));
  if (verdict.reasons.length > 0) {
    lines.push(t(locale, 'evidence.reasons'));
    for (const reason of verdict.reasons) lines.push(`- ${describeReason(reason, locale)}`);
  }
  const quoted = input.messages ? offendingMessages(input.messages, verdict.highlights) : [];
  if (quoted.length > 0) {
    lines.push(t(locale, 'evidence.messages'));
    for (const message of quoted) lines.push(`> ${message.text.replace(/\n/g, '\n> ')}`);
  }
  return lines.join('\n');
}
