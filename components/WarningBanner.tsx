import { useId, type KeyboardEvent } from 'react';
import { t, type Locale } from '../lib/i18n';
import type { Verdict } from '../lib/verdict/types';
import { bannerInstruction, bannerSummary, isBannerLevel, levelWord } from './banner-text';
import { LeaderContacts } from './LeaderContacts';
import { LevelIcon } from './LevelIcon';
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
  /** The user says this warning is wrong; the caller remembers it. */
  onMistake(): void;
  onClose(): void;
}

/**
 * The loud warning for `lookalike`, `danger` and `hijack-risk`: whom the account imitates, what is wrong in one
 * sentence, what to do, the evidence, and the leader's real accounts and phones. Danger is an assertive alert
 * (read out at once); the amber levels are polite status messages, so they do not interrupt a screen reader.
 * It does not take focus: the user may be typing a reply, and stealing focus would send keystrokes astray.
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
      role={isDanger ? 'alert' : 'status'}
      aria-live={isDanger ? 'assertive' : 'polite'}
      aria-labelledby={`${id}-level ${id}-brand`}
      aria-describedby={`${id}-summary`}
      lang={locale}
      data-level={level}
      onKeyDown={closeOnEscape}
    >
      <header className="cgd-head">
        <LevelIcon shape={isDanger ? 'danger' : 'warning'} />
        <h2 id={`${id}-level`}>{levelWord(level, locale)}</h2>
        <span className="cgd-brand" id={`${id}-brand`}>
          {t(locale, 'app.name')}
        </span>
      </header>
      <div className="cgd-body">
        <p className="cgd-summary" id={`${id}-summary`}>
          {bannerSummary(verdict, locale)}
        </p>
        <p className="cgd-instruction">{bannerInstruction(verdict, locale)}</p>
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
        <div className="cgd-actions">
          <button type="button" className="cgd-button cgd-primary" onClick={onReport}>
            {t(locale, 'button.report')}
          </button>
          <button type="button" className="cgd-button" onClick={onMistake}>
            {t(locale, 'button.mistake')}
          </button>
          <button type="button" className="cgd-button" onClick={onClose}>
            {t(locale, 'button.close')}
          </button>
        </div>
      </div>
    </section>
  );
}
