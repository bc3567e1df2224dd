import { useState } from 'react';
import { t, type Locale } from '../../lib/i18n';
import { settingsSchema, type Settings, type Sensitivity, type SiteId } from '../../lib/settings';
import type { OptionsApi } from './options-api';

/** Sites on and off, and sensitivity (what "cao" does is said next to it, as lib/settings defines it). */
export function SettingsSection({ settings, locale, api, onChanged }: { settings: Settings | undefined; locale: Locale; api: OptionsApi; onChanged(s: Settings): void }) {
  const [saved, setSaved] = useState('');
  if (!settings) return null;

  const inForce = settings;
  async function save(next: Settings) {
    setSaved('');
    onChanged(next); // at once, so the control follows the click; then what the background stored
    try {
      const stored = settingsSchema.parse(await api.send({ type: 'set-settings', settings: next }));
      onChanged(stored);
      setSaved(t(locale, 'options.settings.saved'));
    } catch (error) {
      onChanged(inForce); // not stored: show what is in force
      setSaved(t(locale, 'options.failed', { error: (error as Error).message }));
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
      <p role="status" aria-live="polite">
        {saved}
      </p>
    </section>
  );
}
