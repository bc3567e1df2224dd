import { useRef, useState } from 'react';
import { t, type Locale } from '../../lib/i18n';
import type { MistakeMark } from '../../lib/store/db';
import { formatTime } from './format-time';
import type { OptionsApi } from './options-api';

/** The accounts the user said were wrongly flagged, each with "Bỏ đánh dấu". */
export function MistakesSection({ mistakes, locale, api, onChanged }: { mistakes: MistakeMark[] | undefined; locale: Locale; api: OptionsApi; onChanged(): Promise<void> }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [said, setSaid] = useState('');
  async function unmark(accountKey: string, account: string) {
    await api.send({ type: 'unmark-mistake', accountKey });
    await onChanged();
    setSaid(t(locale, 'options.mistakes.unmarked', { account }));
    // The row and its button are gone: the focus goes to the list's heading, not to the page's start.
    heading.current?.focus();
  }
  return (
    <section aria-labelledby="mistakes-heading">
      <h2 id="mistakes-heading" ref={heading} tabIndex={-1}>
        {t(locale, 'options.mistakes.heading')}
      </h2>
      <p>{t(locale, 'options.mistakes.intro')}</p>
      <p role="status" aria-live="polite">
        {said}
      </p>
      {mistakes === undefined ? (
        <p>{t(locale, 'options.loading')}</p>
      ) : mistakes.length === 0 ? (
        <p>{t(locale, 'options.mistakes.none')}</p>
      ) : (
        <ul className="cgd-mistakes">
          {mistakes.map((m) => {
            const account = m.name ? `${m.name} (${m.accountKey})` : m.accountKey;
            return (
              <li key={m.accountKey}>
                <span>{account}</span> <span className="cgd-hint">{t(locale, 'options.mistakes.marked', { time: formatTime(m.markedAt, locale) })}</span>{' '}
                <button type="button" onClick={() => void unmark(m.accountKey, account)} aria-label={t(locale, 'options.mistakes.unmarkLabel', { account })}>
                  {t(locale, 'options.mistakes.unmark')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
