import { describeReason, leaderDesignation, t, type Locale } from '../../lib/i18n';
import type { CheckResult } from '../../lib/check';
import type { PageAnswer } from '../../lib/protection/service';
import { withoutEmpty } from '../../lib/report/text';
import { profileLink, reportRecipients, reportSchema, REPORT_FORMAT, type PageEvidence, type PublisherContacts, type Report } from '../../lib/report';
import type { LeaderSummary } from '../../lib/verdict/types';
import type { VerdictLevel } from '../../lib/verdict/levels';
import { accountLink } from '../account-links';
import { bannerInstruction, bannerSummary, isBannerLevel, levelWord } from '../banner-text';
import { describeCheckReason, outcomeAdvice, outcomeText, outcomeWord } from '../check/check-text';

/**
 * Reports in words: a page's warning or a check's result, turned into the report document (lib/report) in the
 * user's language, with the same sentences the banner and the check page showed.
 */

/** The levels a page can be reported at: the warnings, and a namesake the user doubts. */
export function isReportableLevel(level: VerdictLevel): boolean {
  return isBannerLevel(level) || level === 'namesake';
}

/** A tab's answer that can be reported: a warning the user has not marked as a mistake. */
export function isReportableAnswer(answer: Pick<PageAnswer, 'verdict' | 'dismissed'>): boolean {
  return isReportableLevel(answer.verdict.level) && !answer.dismissed;
}

export interface PageReportSource {
  url: string;
  site: 'facebook' | 'zalo';
  kind: string;
  answer: PageAnswer;
  evidence?: PageEvidence;
}

export interface ReportOptions {
  locale: Locale;
  now: Date;
  /** Contacts of the publishers concerned, with the publisher's name. */
  publishers: readonly PublisherContacts[];
  screenshot?: Report['screenshot'];
}

export function pageReport(source: PageReportSource, options: ReportOptions): Report {
  const { locale } = options;
  const { verdict } = source.answer;
  const level = verdict.level;
  const word = isBannerLevel(level) ? levelWord(level, locale) : level === 'namesake' ? t(locale, 'namesakeBanner.heading') : level;
  const summary = isBannerLevel(level)
    ? bannerSummary(verdict, locale)
    : level === 'namesake' && verdict.leader
      ? t(locale, 'note.namesake', { leader: leaderDesignation(verdict.leader, locale), name: verdict.leader.name })
      : '';
  const advice = isBannerLevel(level) ? bannerInstruction(verdict, locale) : undefined;
  const seenAt = source.evidence?.seenAt ?? options.now.toISOString();
  return reportSchema.parse({
    format: REPORT_FORMAT,
    createdAt: options.now.toISOString(),
    locale,
    source: 'page',
    finding: { level, word, summary, ...(advice ? { advice } : {}), reasons: verdict.reasons.map((reason) => ({ code: reason.code, text: describeReason(reason, locale) })) },
    ...(source.evidence?.suspect ? { suspect: source.evidence.suspect } : source.answer.senderName ? { suspect: { name: source.answer.senderName, platform: source.site } } : {}),
    ...(verdict.leader ? { leader: leaderOf(verdict.leader) } : {}),
    page: { url: source.url, site: source.site, kind: source.kind, seenAt },
    messages: source.evidence?.messages ?? [],
    amounts: verdict.amounts,
    accounts: [...new Set([...verdict.accounts, ...reportedAccounts(verdict.reasons)])],
    sendTo: reportRecipients(options.publishers, locale),
    ...(options.screenshot ? { screenshot: options.screenshot } : {}),
  });
}

/**
 * Check results worth reporting: something a scammer uses was found; or an account, phone or bank account the
 * directory does not know yet, which is how a new scam account reaches the office that can list it.
 */
export function isReportableCheck(result: Pick<CheckResult, 'outcome' | 'input'>): boolean {
  if (result.outcome === 'not-found') return ['facebook-profile', 'messenger-chat', 'zalo-link', 'phone', 'bank-account'].includes(result.input.kind);
  return result.outcome === 'reported' || result.outcome === 'imitation' || result.outcome === 'namesake' || result.outcome === 'money-request';
}

export function checkReport(result: CheckResult, checked: string, options: ReportOptions): Report {
  const { locale } = options;
  const input = result.input;
  const suspect =
    input.kind === 'facebook-profile'
      ? { platform: 'facebook' as const, id: input.id, username: input.username, profileUrl: profileLink({ platform: 'facebook', id: input.id, username: input.username }) ?? input.url }
      : input.kind === 'messenger-chat'
        ? { platform: 'facebook' as const, id: input.id }
        : input.kind === 'zalo-link' || input.kind === 'phone'
          ? {
              phone: input.phone,
              // The name the number was pasted with ("GĐ Lê Quang Minh - 0911 111 111"): the contact card is the evidence.
              ...(input.kind === 'phone' && input.name ? { name: input.name } : {}),
              ...(input.kind === 'zalo-link' ? { platform: 'zalo' as const, profileUrl: profileLink({ platform: 'zalo', phone: input.phone }) } : {}),
            }
          : input.kind === 'name'
            ? { name: input.name }
            : undefined;
  const isMessage = input.kind === 'message';
  return reportSchema.parse({
    format: REPORT_FORMAT,
    createdAt: options.now.toISOString(),
    locale,
    source: 'check',
    finding: {
      level: result.outcome,
      word: outcomeWord(result.outcome, locale),
      summary: outcomeText(result, locale),
      advice: outcomeAdvice(result, locale),
      reasons: result.reasons.map((reason) => ({ code: reason.code, text: describeCheckReason(reason, locale) })),
    },
    ...(suspect ? { suspect: withoutEmpty(suspect) } : {}),
    ...(result.leader ? { leader: leaderOf(result.leader) } : {}),
    ...(isMessage ? {} : { checked: checked.slice(0, 4000) }),
    messages: isMessage ? [{ text: input.text.slice(0, 4000), marked: result.highlights.map(({ start, end }) => ({ start, end })) }] : [],
    amounts: amountsOf(result),
    accounts: accountsOf(result),
    sendTo: reportRecipients(options.publishers, locale),
  });
}

function leaderOf(leader: LeaderSummary): NonNullable<Report['leader']> {
  return withoutEmpty({
    id: leader.id,
    name: leader.name,
    title: leader.title,
    organization: leader.organization,
    phones: leader.phones,
    verifiedAccounts: leader.verifiedAccounts.map((account) => {
      const link = accountLink(account);
      return link.href ?? `${link.platform === 'facebook' ? 'Facebook' : 'Zalo'}: ${link.handle}`;
    }),
  });
}

/** The bank accounts the check is about: the one pasted, and any reported account a pasted message names. */
function accountsOf(result: CheckResult): string[] {
  const pasted = result.input.kind === 'bank-account' ? [result.input.number] : [];
  return [...new Set([...pasted, ...reportedAccounts(result.reasons)])];
}

/** Reported bank accounts among the reasons: named in the report even when nobody asked for money in that message. */
function reportedAccounts(reasons: readonly { code: string; value?: string }[]): string[] {
  return reasons.flatMap((reason) => (reason.code === 'flagged-bank-account' && reason.value ? [reason.value] : []));
}

function amountsOf(result: CheckResult): number[] {
  return result.reasons.flatMap((reason) => (reason.code === 'asks-for-money' ? reason.amounts : []));
}

