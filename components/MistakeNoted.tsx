import type { KeyboardEvent } from 'react';
import { t, type Locale } from '../lib/i18n';
import { LevelIcon } from './LevelIcon';

/**
 * Shown in place of the banner once the user confirmed "Đây là nhầm lẫn": what happened and where to undo it (the
 * options page lists the accounts marked as mistakes). A polite status that stays until closed; it takes the focus
 * only because the focus was on the confirmation it replaces.
 */
export function MistakeNoted({ locale, onClose }: { locale: Locale; onClose(): void }) {
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onClose();
  };
  return (
    <div className="cgd-root cgd-note cgd-noted" lang={locale} data-mistake-noted="" onKeyDown={closeOnEscape}>
      <LevelIcon shape="info" />
      <p role="status" tabIndex={-1} data-cgd-focus="">
        {t(locale, 'mistake.noted', { settings: t(locale, 'options.title'), list: t(locale, 'options.mistakes.heading') })}
      </p>
      <button type="button" className="cgd-button" onClick={onClose}>
        {t(locale, 'button.close')}
      </button>
    </div>
  );
}
