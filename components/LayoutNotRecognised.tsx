import type { KeyboardEvent } from 'react';
import { t, type Locale } from '../lib/i18n';
import { LevelIcon } from './LevelIcon';

export interface LayoutNotRecognisedProps {
  locale: Locale;
  onDismiss(): void;
}

/**
 * Said when the site adapter cannot find the name or messages on the page (the site changed its layout). Silence
 * would read as "all clear", which is worse than admitting we cannot check.
 */
export function LayoutNotRecognised({ locale, onDismiss }: LayoutNotRecognisedProps) {
  const dismissOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    onDismiss();
  };
  return (
    <div className="cgd-root cgd-note" role="status" lang={locale} data-layout="unknown" onKeyDown={dismissOnEscape}>
      <LevelIcon shape="info" />
      {/* Where the shortcut "focus-warning" puts the focus, when the page shows this notice. */}
      <p tabIndex={-1} data-cgd-focus="">
        {t(locale, 'layout.notRecognised')}
      </p>
      <button type="button" className="cgd-button" onClick={onDismiss}>
        {t(locale, 'button.dismiss')}
      </button>
    </div>
  );
}
