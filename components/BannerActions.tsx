import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { t, type Locale } from '../lib/i18n';

export interface BannerActionsProps {
  locale: Locale;
  /** "Báo cáo", when the banner offers a report. */
  onReport?(): void;
  /**
   * Called once the user has confirmed that the warning is a mistake. Absent when there is no account to remember
   * (a group chat): the button is not offered, since nothing could be recorded.
   */
  onMistake?(): void;
  onClose(): void;
}

/**
 * The banner's buttons. "Đây là nhầm lẫn" silences the warnings about the account, so it asks first, in place:
 * the question takes the focus (a screen reader reads it), "Đúng, đừng cảnh báo nữa" confirms, "Quay lại" or
 * Escape goes back to the buttons with the focus on "Đây là nhầm lẫn" again.
 */
export function BannerActions({ locale, onReport, onMistake, onClose }: BannerActionsProps) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const mistakeButton = useRef<HTMLButtonElement>(null);
  /** Where the focus goes after the next render: none on the first, so arriving never takes the focus. */
  const focusNext = useRef<'question' | 'mistake' | undefined>(undefined);

  useEffect(() => {
    const next = focusNext.current;
    focusNext.current = undefined;
    if (next === 'question') question.current?.focus();
    if (next === 'mistake') mistakeButton.current?.focus();
  }, [confirming]);

  const ask = () => {
    focusNext.current = 'question';
    setConfirming(true);
  };
  const back = () => {
    focusNext.current = 'mistake';
    setConfirming(false);
  };
  const backOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape here undoes the question, not the whole banner.
    event.stopPropagation();
    back();
  };

  if (confirming) {
    return (
      <div className="cgd-confirm" role="group" aria-labelledby={`${id}-question`} onKeyDown={backOnEscape} data-confirm="mistake">
        <p className="cgd-question" id={`${id}-question`} tabIndex={-1} ref={question}>
          {t(locale, 'mistake.confirm')}
        </p>
        <div className="cgd-actions">
          <button type="button" className="cgd-button" onClick={onMistake}>
            {t(locale, 'mistake.yes')}
          </button>
          <button type="button" className="cgd-button cgd-primary" onClick={back}>
            {t(locale, 'mistake.back')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="cgd-actions">
      {onReport && (
        <button type="button" className="cgd-button cgd-primary" onClick={onReport}>
          {t(locale, 'button.report')}
        </button>
      )}
      {onMistake && (
        <button type="button" className="cgd-button" onClick={ask} ref={mistakeButton}>
          {t(locale, 'button.mistake')}
        </button>
      )}
      <button type="button" className="cgd-button" onClick={onClose}>
        {t(locale, 'button.close')}
      </button>
    </div>
  );
}

/** The short line under the buttons: how to come back to the warning and close it from the keyboard. */
export function ShortcutHint({ locale }: { locale: Locale }) {
  return <p className="cgd-hint">{t(locale, 'banner.shortcutHint')}</p>;
}
