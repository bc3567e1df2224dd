import { useCallback, useEffect, useRef, useState } from 'react';
import { localeFromLanguage, t, type Locale } from '../../lib/i18n';
import { resolveLanguage, settingsSchema, type Settings } from '../../lib/settings';
import type { MistakeMark } from '../../lib/store/db';
import type { PublisherStatus } from '../../lib/sync';
import { AddPublisherForm } from './AddPublisherForm';
import { MistakesSection } from './MistakesSection';
import type { OptionsApi } from './options-api';
import { PublishersSection } from './PublishersSection';
import { SettingsSection } from './SettingsSection';

/**
 * The options page: directories and their sync, adding a publisher, mistakes, sites, sensitivity and language.
 * `locale`: the language to open in (components/ui-locale.ts), until the settings are read; then the page speaks
 * the language setting, and changes language as soon as the user picks another. `uiLanguage`: the browser's
 * language (navigator.language), what the setting 'auto' means; without it, 'auto' keeps `locale`.
 */
export function OptionsPage({ api, locale: initialLocale, uiLanguage }: { api: OptionsApi; locale: Locale; uiLanguage?: string }) {
  const [publishers, setPublishers] = useState<PublisherStatus[]>();
  const [mistakes, setMistakes] = useState<MistakeMark[]>();
  const [settings, setSettings] = useState<Settings>();
  const [failure, setFailure] = useState('');
  const browserLanguage = uiLanguage ?? initialLocale;
  const locale = settings ? resolveLanguage(settings.language, browserLanguage) : initialLocale;
  // Read when a request fails, without reloading everything each time the language changes.
  const localeNow = useRef(locale);
  localeNow.current = locale;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t(locale, 'options.title');
  }, [locale]);

  const reload = useCallback(async () => {
    try {
      const [status, marks, stored] = await Promise.all([api.send({ type: 'publisher-status' }), api.send({ type: 'list-mistakes' }), api.send({ type: 'get-settings' })]);
      setPublishers((status as { publishers: PublisherStatus[] }).publishers);
      setMistakes(marks as MistakeMark[]);
      setSettings(settingsSchema.parse(stored));
      setFailure('');
    } catch (error) {
      setFailure(t(localeNow.current, 'options.failed', { error: (error as Error).message }));
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <main className="cgd-options" lang={locale}>
      <h1>{t(locale, 'options.title')}</h1>
      {failure && (
        <p className="cgd-error" role="alert">
          {failure}
        </p>
      )}
      <PublishersSection publishers={publishers} locale={locale} api={api} onChanged={reload} />
      <AddPublisherForm locale={locale} api={api} onAdded={reload} />
      <MistakesSection mistakes={mistakes} locale={locale} api={api} onChanged={reload} />
      <SettingsSection settings={settings} locale={locale} browserLocale={localeFromLanguage(browserLanguage)} api={api} onChanged={setSettings} />
    </main>
  );
}
