import { useId, type KeyboardEvent } from 'react';
import { leaderDesignation, t, type Locale } from '../../lib/i18n';
import type { LeaderSummary } from '../../lib/verdict/types';
import { LeaderContacts } from '../LeaderContacts';
import { LevelIcon } from '../LevelIcon';

/**
 * Sensitivity "cao" (lib/settings): a namesake shown as an amber banner rather than the quiet note, with the
 * leader's real accounts and phones. Same words as the note ("same name, not the verified account"), plus what
 * to do; a polite status, like the other amber banners.
 */
export function NamesakeBanner({ leader, locale, onClose, onMistake }: { leader: LeaderSummary; locale: Locale; onClose(): void; onMistake(): void }) {
  const id = useId();
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  return (
    <section className="cgd-root cgd-banner cgd-amber" role="status" aria-live="polite" aria-labelledby={`${id}-level`} aria-describedby={`${id}-summary`} lang={locale} data-level="namesake" onKeyDown={closeOnEscape}>
      <header className="cgd-head">
        <LevelIcon shape="warning" />
        <h2 id={`${id}-level`}>{t(locale, 'namesakeBanner.heading')}</h2>
        <span className="cgd-brand">{t(locale, 'app.name')}</span>
      </header>
      <div className="cgd-body">
        <p className="cgd-summary" id={`${id}-summary`}>
          {t(locale, 'note.namesake', { leader: leaderDesignation(leader, locale), name: leader.name })}
        </p>
        <p className="cgd-instruction">{t(locale, 'namesakeBanner.instruction', { name: leader.name })}</p>
        <LeaderContacts leader={leader} locale={locale} accountsHeadingId={`${id}-accounts`} phonesHeadingId={`${id}-phones`} />
        <div className="cgd-actions">
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
