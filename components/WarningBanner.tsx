import { useId, type KeyboardEvent } from 'react';
import { t, type Locale } from '../lib/i18n';
import type { Verdict } from '../lib/verdict/types';
import { BannerActions, ShortcutHint } from './BannerActions';
import { bannerInstruction, bannerSummary, isBannerLevel, levelWord } from './banner-text';
import { LeaderContacts } from './LeaderContacts';
import { BannerLead } from './BannerLead';
import { SuspiciousMessages } from './SuspiciousMessages';
import { WhatDiffers } from './WhatDiffers';

export interface WarningBannerProps {
  verdict: Verdict;
  /** The texts the verdict's highlights index into (the sender's messages, oldest first). */
  messages?: string[];
  /** The name the suspect account shows, to point at the disguised letters in it. */
  senderName?: string;
  locale: Locale;
  /** Opens the report of this warning (the report page, lib/report). */
  onReport(): void;
  /** The user says this warning is wrong, and confirmed it; the caller remembers it. */
  onMistake?(): void;
  onClose(): void;
}

/**
 * The loud warning for `lookalike`, `danger` and `hijack-risk`: whom the account imitates, what is wrong in one
 * sentence, what to do, the evidence, and the leader's real accounts and phones.
 *
 * Only the short part is live (the level, the one-sentence summary, what to do): an alert for danger (read out at
 * once), a polite status for the amber levels, so a screen reader reads about thirty words, not the whole banner.
 * It is keyed by the level and the leader, so it is announced again only when one of them changes, not each time
 * a new message updates the evidence below. The whole banner is a labelled region and the one scroll box
 * (tabIndex 0, so a keyboard user can scroll it).
 * It does not take focus on arrival: the user may be typing a reply, and stealing focus would send keystrokes
 * astray. The shortcut "focus-warning" (wxt.config.ts) focuses the heading (`data-cgd-focus`) instead.
 */
export function WarningBanner({ verdict, messages, senderName, locale, onReport, onMistake, onClose }: WarningBannerProps) {
  const id = useId();
  if (!isBannerLevel(verdict.level)) return null;
  const level = verdict.level;
  const isDanger = level === 'danger';
  const { leader } = verdict;

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Stop here: Messenger and Zalo also close things on Escape, and one key press should close one thing.
    event.stopPropagation();
    onClose();
  };

  return (
    <section
      className={`cgd-root cgd-banner ${isDanger ? 'cgd-danger' : 'cgd-amber'}`}
      aria-labelledby={`${id}-level ${id}-brand`}
      tabIndex={0}
      lang={locale}
      data-level={level}
      onKeyDown={closeOnEscape}
    >
      {/* Danger: a new alert, announced when it appears. Amber: the host's status announces it (banner-ui.tsx). */}
      <div className="cgd-announce" role={isDanger ? 'alert' : undefined} key={`${level}|${leader?.id ?? ''}`}>
        <BannerLead
          id={id}
          shape={isDanger ? 'danger' : 'warning'}
          word={levelWord(level, locale)}
          summary={bannerSummary(verdict, locale)}
          instruction={bannerInstruction(verdict, locale)}
          locale={locale}
        />
      </div>
      <div className="cgd-body">
        {leader && (
          <p className="cgd-leader">
            <span className="cgd-leader-label">{t(locale, level === 'hijack-risk' ? 'leader.owner' : 'leader.imitated')}</span>
            <span className="cgd-leader-name">{leader.name}</span>
            {(leader.title || leader.organization) && (
              <span className="cgd-leader-office">{[leader.title, leader.organization].filter(Boolean).join(', ')}</span>
            )}
          </p>
        )}
        <WhatDiffers reasons={verdict.reasons} senderName={senderName} locale={locale} headingId={`${id}-differs`} />
        {messages && (
          <SuspiciousMessages messages={messages} highlights={verdict.highlights} locale={locale} headingId={`${id}-messages`} />
        )}
        {leader && (
          <LeaderContacts leader={leader} locale={locale} accountsHeadingId={`${id}-accounts`} phonesHeadingId={`${id}-phones`} />
        )}
        {/* Keyed like the live part: a question about a quieter warning must not confirm a louder one. */}
        <BannerActions key={`${level}|${leader?.id ?? ''}`} locale={locale} onReport={onReport} onMistake={onMistake} onClose={onClose} />
        <ShortcutHint locale={locale} />
      </div>
    </section>
  );
}
