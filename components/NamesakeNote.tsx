import type { KeyboardEvent } from 'react';
import { leaderDesignation, t, type Locale } from '../lib/i18n';
import type { LeaderSummary } from '../lib/verdict/types';
import { LevelIcon } from './LevelIcon';

export interface NamesakeNoteProps {
  leader: LeaderSummary;
  locale: Locale;
  /** Optional: when given, the note can be put away. */
  onClose?(): void;
}

/**
 * The `namesake` level: a quiet note, never a banner. Thousands of people share a leader's name; a name alone
 * proves nothing, and shouting about it would teach users to ignore the banner that matters.
 */
export function NamesakeNote({ leader, locale, onClose }: NamesakeNoteProps) {
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !onClose) return;
    event.stopPropagation();
    onClose();
  };
  return (
    <div className="cgd-root cgd-note" role="note" lang={locale} data-level="namesake" onKeyDown={closeOnEscape}>
      <LevelIcon shape="info" />
      {/* Where the shortcut "focus-warning" puts the focus, when the page shows this note. */}
      <p tabIndex={-1} data-cgd-focus="">{t(locale, 'note.namesake', { leader: leaderDesignation(leader, locale), name: leader.name })}</p>
      {onClose && (
        <button type="button" className="cgd-button" onClick={onClose}>
          {t(locale, 'button.close')}
        </button>
      )}
    </div>
  );
}
