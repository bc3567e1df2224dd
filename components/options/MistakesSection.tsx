import { t, type Locale } from '../../lib/i18n';
import type { MistakeMark } from '../../lib/store/db';
import { formatTime } from './format-time';
import type { OptionsApi } from './options-api';

/** The accounts the user said were wrongly flagged, each with "Bỏ đánh dấu". */
export function MistakesSection({ mistakes, locale, api, onChanged }: { mistakes: MistakeMark[] | undefined; locale: Locale; api: OptionsApi; onChanged(): Promise<void> }) {
  async function unmark(accountKey: string) {
    await api.send({ type: 'unmark-mistake', accountKey });
    await onChanged();
  }
  return (
    <section aria-labelledby="mistakes-heading">
      <h2 id="mistakes-heading">{t(locale, 'options.mistakes.heading')}</h2>
      <p>{t(locale, 'options.mistakes.intro')}</p>
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
                <button type="button" onClick={() => void unmark(m.accountKey)} aria-label={t(locale, 'options.mistakes.unmarkLabel', { account })}>
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
