import { useRef, useState } from 'react';
import { t, type Locale } from '../../lib/i18n';
import { isSyncFailureCode, type PublisherStatus, type SyncResult } from '../../lib/sync';
import { formatTime } from './format-time';
import { originPatternOf, type OptionsApi } from './options-api';

/** The plain sentence for a poll's failure, in the page's locale (the stored one is Vietnamese). */
function errorSentence(p: PublisherStatus, locale: Locale): string | undefined {
  if (p.lastErrorCode === undefined) return undefined;
  return isSyncFailureCode(p.lastErrorCode) ? t(locale, `sync.error.${p.lastErrorCode}`) : p.lastError;
}

function PublisherItem({ p, locale, onRemove }: { p: PublisherStatus; locale: Locale; onRemove(p: PublisherStatus): void }) {
  const error = errorSentence(p, locale);
  const kind = p.source === 'bundled' ? 'options.publisher.bundled' : p.builtIn ? 'options.publisher.builtIn' : p.removable ? 'options.publisher.added' : undefined;
  return (
    <li className="cgd-publisher" data-publisher={p.id}>
      <h3>{p.name}</h3>
      {kind && <span className="cgd-tag">{t(locale, kind)}</span>}
      {p.stale && (
        <p className="cgd-stale" data-stale="true">
          {t(locale, 'options.publisher.stale')}
        </p>
      )}
      <dl>
        {p.feedUrl && (
          <>
            <dt>{t(locale, 'options.publisher.address')}</dt>
            <dd>{p.feedUrl}</dd>
          </>
        )}
        <dt>{t(locale, 'options.publisher.version')}</dt>
        <dd data-field="version">{p.version ?? t(locale, 'options.publisher.notYet')}</dd>
        {p.issuedAt && (
          <>
            <dt>{t(locale, 'options.publisher.issuedAt')}</dt>
            <dd>{formatTime(p.issuedAt, locale)}</dd>
          </>
        )}
        {p.version !== undefined && (
          <>
            <dt>{t(locale, 'options.publisher.expiresAt')}</dt>
            <dd data-field="expires">{p.expiresAt ? formatTime(p.expiresAt, locale) : t(locale, 'options.publisher.noExpiry')}</dd>
            <dt>{t(locale, 'options.publisher.leaders')}</dt>
            <dd>{p.leaders}</dd>
          </>
        )}
        {p.feedUrl && (
          <>
            <dt>{t(locale, 'options.publisher.lastCheck')}</dt>
            <dd data-field="last-check">{p.lastCheckAt ? formatTime(p.lastCheckAt, locale) : t(locale, 'options.publisher.never')}</dd>
            <dt>{t(locale, 'options.publisher.lastError')}</dt>
            <dd data-field="last-error">
              {error ? (
                <div className="cgd-error">
                  <p>
                    {error} {t(locale, 'options.publisher.kept')}
                  </p>
                  {p.lastErrorDetail && (
                    <details>
                      <summary>{t(locale, 'options.publisher.detail')}</summary>
                      <code>{p.lastErrorDetail}</code>
                    </details>
                  )}
                </div>
              ) : (
                t(locale, 'options.publisher.noError')
              )}
            </dd>
          </>
        )}
      </dl>
      {p.removable && (
        <button type="button" onClick={() => onRemove(p)}>
          {t(locale, 'options.publisher.remove')}
          <span className="cgd-visually-hidden"> — {p.name}</span>
        </button>
      )}
    </li>
  );
}

export interface PublishersSectionProps {
  publishers: PublisherStatus[] | undefined;
  locale: Locale;
  api: OptionsApi;
  onChanged(): Promise<void>;
}

/** The subscribed publishers and the directories in use, with "Đồng bộ ngay". */
export function PublishersSection({ publishers, locale, api, onChanged }: PublishersSectionProps) {
  const [syncing, setSyncing] = useState(false);
  const [message, setMessage] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  async function syncNow() {
    setSyncing(true);
    setMessage(t(locale, 'options.sync.running'));
    let outcome: string;
    try {
      const { results } = (await api.send({ type: 'sync-now' })) as { results: SyncResult[] };
      const applied = results.filter((r) => r.outcome === 'applied').length;
      const failed = results.filter((r) => r.outcome === 'failed').length;
      outcome = t(locale, 'options.sync.done', { applied, failed });
    } catch (error) {
      outcome = t(locale, 'options.failed', { error: (error as Error).message });
    }
    // "Done" is said only once the list below shows the new versions and errors, so what is
    // announced and what is on screen agree.
    try {
      await onChanged();
    } finally {
      setMessage(outcome);
      setSyncing(false);
    }
  }

  async function remove(p: PublisherStatus) {
    if (!api.confirm(t(locale, 'options.publisher.removeConfirm', { name: p.name }))) return;
    const removed = (await api.send({ type: 'remove-publisher', publisherId: p.id })) as { ok: boolean; feedUrl?: string };
    if (removed.ok && removed.feedUrl) {
      // Give the origin's permission back unless another added publisher is served from it.
      const origin = originPatternOf(removed.feedUrl);
      const stillNeeded = (publishers ?? []).some((o) => o.id !== p.id && o.removable && o.feedUrl !== undefined && originPatternOf(o.feedUrl) === origin);
      if (!stillNeeded) await api.removeOrigin(origin).catch(() => false);
    }
    await onChanged();
    if (removed.ok) setMessage(t(locale, 'options.publisher.removed', { name: p.name }));
    // The publisher's row and its button are gone: the focus goes to the list's heading, not to the page's start.
    heading.current?.focus();
  }

  return (
    <section aria-labelledby="publishers-heading">
      <h2 id="publishers-heading" ref={heading} tabIndex={-1}>
        {t(locale, 'options.publishers.heading')}
      </h2>
      <p>{t(locale, 'options.publishers.intro')}</p>
      <div className="cgd-row">
        {/* aria-disabled, not disabled: a disabled button drops keyboard focus to the page's start. */}
        <button type="button" className="cgd-primary" onClick={() => !syncing && void syncNow()} aria-disabled={syncing} aria-describedby="sync-message">
          {t(locale, 'options.sync.now')}
        </button>
        <p id="sync-message" role="status" aria-live="polite">
          {message}
        </p>
      </div>
      {publishers === undefined ? (
        <p>{t(locale, 'options.loading')}</p>
      ) : publishers.length === 0 ? (
        <p>{t(locale, 'options.publishers.none')}</p>
      ) : (
        <ul className="cgd-publishers">
          {publishers.map((p) => (
            <PublisherItem key={p.id} p={p} locale={locale} onRemove={(x) => void remove(x)} />
          ))}
        </ul>
      )}
    </section>
  );
}
