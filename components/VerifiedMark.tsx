import { leaderDesignation, t, type Locale } from '../lib/i18n';
import type { LeaderSummary } from '../lib/verdict/types';
import { LevelIcon } from './LevelIcon';

export interface VerifiedMarkProps {
  leader: LeaderSummary;
  locale: Locale;
}

/**
 * The `verified` level: a small green mark, nothing else. It stays small on purpose: a loud "safe" sign would
 * teach people to look for it, and a hijacked verified account still shows it (that case is `hijack-risk`).
 */
export function VerifiedMark({ leader, locale }: VerifiedMarkProps) {
  return (
    <p className="cgd-root cgd-mark" role="note" lang={locale} data-level="verified">
      <LevelIcon shape="verified" />
      <span>{t(locale, 'mark.verified', { leader: leaderDesignation(leader, locale) })}</span>
    </p>
  );
}
