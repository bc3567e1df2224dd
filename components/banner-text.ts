import { joinAlternatives, leaderDesignation, t, type Locale } from '../lib/i18n';
import type { Verdict } from '../lib/verdict/types';

/** The levels that get a banner; the calmer ones get a mark or a note. */
export type BannerLevel = 'danger' | 'lookalike' | 'hijack-risk';

export function isBannerLevel(level: Verdict['level']): level is BannerLevel {
  return level === 'danger' || level === 'lookalike' || level === 'hijack-risk';
}

/** The word for the level, shown beside the icon so the level never rests on colour alone. */
export function levelWord(level: BannerLevel, locale: Locale): string {
  return t(locale, `level.${level}`);
}

/** What is wrong, in one sentence, for a banner level. */
export function bannerSummary(verdict: Verdict, locale: Locale): string {
  const { leader } = verdict;
  if (verdict.level === 'danger') {
    if (!leader) {
      return verdict.reasons.some((r) => r.code === 'flagged-sender')
        ? t(locale, 'summary.danger.flaggedSender')
        : t(locale, 'summary.danger.flaggedNumbers');
    }
    const designation = leaderDesignation(leader, locale);
    return asksForMoney(verdict)
      ? t(locale, 'summary.danger.money', { leader: designation })
      : t(locale, 'summary.danger.flagged', { leader: designation });
  }
  if (!leader) return t(locale, 'summary.unknownLeader');
  const designation = leaderDesignation(leader, locale);
  return verdict.level === 'hijack-risk'
    ? t(locale, 'summary.hijack-risk', { leader: designation })
    : t(locale, 'summary.lookalike', { leader: designation });
}

/** What to do: always the leader's own number from the directory, never one from the messages. */
export function bannerInstruction(verdict: Verdict, locale: Locale): string {
  const { leader } = verdict;
  if (!leader) return verdict.level === 'danger' ? t(locale, 'action.danger.noLeader') : t(locale, 'action.unknownLeader');
  const name = leader.name;
  const phones = joinAlternatives(leader.phones, locale);
  switch (verdict.level) {
    case 'danger':
      return leader.phones.length > 0 ? t(locale, 'action.danger.call', { name, phones }) : t(locale, 'action.danger.noPhone', { name });
    case 'hijack-risk':
      return leader.phones.length > 0
        ? t(locale, 'action.hijack-risk.call', { name, phones })
        : t(locale, 'action.hijack-risk.noPhone', { name });
    default:
      return leader.verifiedAccounts.length > 0 ? t(locale, 'action.lookalike', { name }) : t(locale, 'action.lookalike.noAccount', { name });
  }
}

function asksForMoney(verdict: Verdict): boolean {
  return verdict.reasons.some((r) => r.code === 'asks-for-money') || verdict.amounts.length > 0 || verdict.highlights.length > 0;
}

/**
 * What a screen reader is told of an amber banner (the host's polite status, banner-host.tsx): the level word, what
 * is wrong and what to do, the short part a sighted user reads first.
 */
export function bannerAnnouncement(verdict: Verdict & { level: BannerLevel }, locale: Locale): string {
  return `${levelWord(verdict.level, locale)}. ${bannerSummary(verdict, locale)} ${bannerInstruction(verdict, locale)}`;
}
