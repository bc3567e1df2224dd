import { t, type Locale } from '../lib/i18n';
import { LevelIcon } from './LevelIcon';

/**
 * The short part of a banner, read first: the level in a word beside its icon (the heading the shortcut
 * "focus-warning" focuses, `${id}-level`), the brand (`${id}-brand`), what is wrong and what to do.
 */
export function BannerLead({ id, shape, word, summary, instruction, locale }: { id: string; shape: 'danger' | 'warning'; word: string; summary: string; instruction: string; locale: Locale }) {
  return (
    <>
      <header className="cgd-head">
        <LevelIcon shape={shape} />
        <h2 id={`${id}-level`} tabIndex={-1} data-cgd-focus="">
          {word}
        </h2>
        <span className="cgd-brand" id={`${id}-brand`}>
          {t(locale, 'app.name')}
        </span>
      </header>
      <div className="cgd-lead">
        <p className="cgd-summary">{summary}</p>
        <p className="cgd-instruction">{instruction}</p>
      </div>
    </>
  );
}
