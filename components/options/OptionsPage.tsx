import { useCallback, useEffect, useState } from 'react';
import { t, type Locale } from '../../lib/i18n';
import { settingsSchema, type Settings } from '../../lib/settings';
import type { MistakeMark } from '../../lib/store/db';
import type { PublisherStatus } from '../../lib/sync';
import { AddPublisherForm } from './AddPublisherForm';
import { MistakesSection } from './MistakesSection';
import type { OptionsApi } from './options-api';
import { PublishersSection } from './PublishersSection';
import { SettingsSection } from './SettingsSection';

/** The options page: directories and their sync, adding a publisher, mistakes, sites and sensitivity. */
export function OptionsPage({ api, locale }: { api: OptionsApi; locale: Locale }) {
  const [publishers, setPublishers] = useState<PublisherStatus[]>();
  const [mistakes, setMistakes] = useState<MistakeMark[]>();
  const [settings, setSettings] = useState<Settings>();
  const [failure, setFailure] = useState('');

  const reload = useCallback(async () => {
    try {
      const [status, marks, stored] = await Promise.all([api.send({ type: 'publisher-status' }), api.send({ type: 'list-mistakes' }), api.send({ type: 'get-settings' })]);
      setPublishers((status as { publishers: PublisherStatus[] }).publishers);
      setMistakes(marks as MistakeMark[]);
      setSettings(settingsSchema.parse(stored));
      setFailure('');
    } catch (error) {
      setFailure(t(locale, 'options.failed', { error: (error as Error).message }));
    }
  }, [api, locale]);

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
      <SettingsSection settings={settings} locale={locale} api={api} onChanged={setSettings} />
    </main>
  );
}
