import { useId, type KeyboardEvent } from 'react';
import { leaderDesignation, t, type Locale } from '../../lib/i18n';
import type { LeaderSummary } from '../../lib/verdict/types';
import { LeaderContacts } from '../LeaderContacts';
import { BannerLead } from '../BannerLead';
import { BannerActions, ShortcutHint } from '../BannerActions';

/** The namesake banner's short part: what it shows first, and what a screen reader is told (banner-ui.tsx). */
export function namesakeWords(leader: LeaderSummary, locale: Locale): { word: string; summary: string; instruction: string } {
  return {
    word: t(locale, 'namesakeBanner.heading'),
    summary: t(locale, 'note.namesake', { leader: leaderDesignation(leader, locale), name: leader.name }),
    instruction: t(locale, 'namesakeBanner.instruction', { name: leader.name }),
  };
}

/**
 * Sensitivity "cao" (lib/settings): a namesake shown as an amber banner rather than the quiet note, with the
 * leader's real accounts and phones. Same words as the note ("same name, not the verified account"), plus what
 * to do. As in WarningBanner: the short part is what a screen reader is told (through the host's status,
 * banner-ui.tsx), the rest a labelled region and the one scroll box; the heading is where the shortcut "focus-warning" puts the focus.
 */
export function NamesakeBanner({ leader, locale, onClose, onMistake }: { leader: LeaderSummary; locale: Locale; onClose(): void; onMistake?(): void }) {
  const id = useId();
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  return (
    <section className="cgd-root cgd-banner cgd-amber" aria-labelledby={`${id}-level ${id}-brand`} tabIndex={0} lang={locale} data-level="namesake" onKeyDown={closeOnEscape}>
      <div className="cgd-announce" key={leader.id}>
        <BannerLead id={id} shape="warning" {...namesakeWords(leader, locale)} locale={locale} />
      </div>
      <div className="cgd-body">
        <LeaderContacts leader={leader} locale={locale} accountsHeadingId={`${id}-accounts`} phonesHeadingId={`${id}-phones`} />
        <BannerActions key={leader.id} locale={locale} onMistake={onMistake} onClose={onClose} />
        <ShortcutHint locale={locale} />
      </div>
    </section>
  );
}
