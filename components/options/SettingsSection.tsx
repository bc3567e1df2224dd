import { useState } from 'react';
import { t, type Locale } from '../../lib/i18n';
import { settingsSchema, type Language, type Settings, type Sensitivity, type SiteId } from '../../lib/settings';
import type { OptionsApi } from './options-api';

/** What the last save did, said in the page's language at render time (the language itself may have just changed). */
type SaveStatus = { kind: 'none' } | { kind: 'saved' } | { kind: 'failed'; error: string };

/** Each language named in itself, so a reader of either finds theirs. */
const languageNames = { vi: 'options.settings.languageVi', en: 'options.settings.languageEn' } as const;

/**
 * Sites on and off, sensitivity (what "cao" does is said next to it, as lib/settings defines it), and the language.
 * `browserLocale`: what the language 'auto' means here (the browser's language), named next to that choice.
 */
export function SettingsSection({
  settings,
  locale,
  browserLocale,
  api,
  onChanged,
}: {
  settings: Settings | undefined;
  locale: Locale;
  browserLocale: Locale;
  api: OptionsApi;
  onChanged(s: Settings): void;
}) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'none' });
  if (!settings) return null;

  const inForce = settings;
  async function save(next: Settings) {
    setStatus({ kind: 'none' });
    onChanged(next); // at once, so the control follows the click; then what the background stored
    try {
      const stored = settingsSchema.parse(await api.send({ type: 'set-settings', settings: next }));
      onChanged(stored);
      setStatus({ kind: 'saved' });
    } catch (error) {
      onChanged(inForce); // not stored: show what is in force
      setStatus({ kind: 'failed', error: (error as Error).message });
    }
  }
  const site = (id: SiteId, key: 'options.settings.facebook' | 'options.settings.zalo') => (
    <div className="cgd-choice">
      <input id={`site-${id}`} type="checkbox" checked={settings.sites[id]} onChange={(e) => void save({ ...settings, sites: { ...settings.sites, [id]: e.target.checked } })} />
      <label htmlFor={`site-${id}`}>{t(locale, key)}</label>
    </div>
  );
  const level = (value: Sensitivity, label: 'options.settings.normal' | 'options.settings.high', hint: 'options.settings.normalHint' | 'options.settings.highHint') => (
    <div className="cgd-choice">
      <input id={`sensitivity-${value}`} type="radio" name="sensitivity" value={value} checked={settings.sensitivity === value} onChange={() => void save({ ...settings, sensitivity: value })} aria-describedby={`sensitivity-${value}-hint`} />
      <div>
        <label htmlFor={`sensitivity-${value}`}>{t(locale, label)}</label>
        <p className="cgd-hint" id={`sensitivity-${value}-hint`}>
          {t(locale, hint)}
        </p>
      </div>
    </div>
  );
  const language = (value: Language) => (
    <div className="cgd-choice">
      <input id={`language-${value}`} type="radio" name="language" value={value} checked={settings.language === value} onChange={() => void save({ ...settings, language: value })} />
      {value === 'auto' ? (
        <label htmlFor="language-auto">
          {t(locale, 'options.settings.languageAuto', { language: t(browserLocale, languageNames[browserLocale]) })}
        </label>
      ) : (
        <label htmlFor={`language-${value}`} lang={value}>
          {t(value, languageNames[value])}
        </label>
      )}
    </div>
  );
  const saved = status.kind === 'saved' ? t(locale, 'options.settings.saved') : status.kind === 'failed' ? t(locale, 'options.failed', { error: status.error }) : '';
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t(locale, 'options.settings.heading')}</h2>
      <fieldset aria-describedby="sites-note">
        <legend>{t(locale, 'options.settings.sites')}</legend>
        {site('facebook', 'options.settings.facebook')}
        {site('zalo', 'options.settings.zalo')}
        <p className="cgd-hint" id="sites-note">
          {t(locale, 'options.settings.siteOffNote')}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t(locale, 'options.settings.sensitivity')}</legend>
        {level('normal', 'options.settings.normal', 'options.settings.normalHint')}
        {level('high', 'options.settings.high', 'options.settings.highHint')}
      </fieldset>
      <fieldset aria-describedby="language-hint">
        <legend>{t(locale, 'options.settings.language')}</legend>
        {language('auto')}
        {language('vi')}
        {language('en')}
        <p className="cgd-hint" id="language-hint">
          {t(locale, 'options.settings.languageHint')}
        </p>
      </fieldset>
      <p role="status" aria-live="polite">
        {saved}
      </p>
    </section>
  );
}
