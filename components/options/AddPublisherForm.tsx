import { useId, useState, type FormEvent } from 'react';
import { t, type Locale } from '../../lib/i18n';
import { feedUrlSchema, publicKeySchema } from '../../lib/protocol/messages';
import { isSyncFailureCode, type AddPublisherResult, type SyncFailureCode } from '../../lib/sync';
import { originPatternOf, type OptionsApi } from './options-api';

type AddErrorKey = `sync.error.${SyncFailureCode}` | 'options.add.error.invalid-key' | 'options.add.error.built-in' | 'options.add.error.already-added' | 'options.add.error.invalid-url';

function addErrorKey(error: string): AddErrorKey {
  if (isSyncFailureCode(error)) return `sync.error.${error}`;
  if (error === 'invalid-key' || error === 'built-in' || error === 'already-added') return `options.add.error.${error}`;
  return 'options.add.error.invalid-url';
}

/**
 * Adding a publisher by hand, behind a plain warning: a wrong key makes the extension trust a fake directory.
 * The browser's permission for the feed's origin is asked in the click's handler (permissions.request needs the
 * user's gesture); only then does the background read the manifest and poll it.
 */
export function AddPublisherForm({ locale, api, onAdded }: { locale: Locale; api: OptionsApi; onAdded(): Promise<void> }) {
  const id = useId();
  const [feedUrl, setFeedUrl] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const url = feedUrlSchema.safeParse(feedUrl.trim());
    if (!url.success) return setOutcome({ ok: false, text: t(locale, 'options.add.error.invalid-url') });
    const key = publicKeySchema.safeParse(publicKey);
    if (!key.success) return setOutcome({ ok: false, text: t(locale, 'options.add.error.invalid-key') });
    setBusy(true);
    try {
      const granted = await api.requestOrigin(originPatternOf(url.data));
      if (!granted) return setOutcome({ ok: false, text: t(locale, 'options.add.permissionDenied') });
      const result = (await api.send({ type: 'add-publisher', feedUrl: url.data, publicKey: key.data })) as AddPublisherResult;
      if (result.ok) {
        setOutcome({ ok: true, text: t(locale, 'options.add.added', { id: result.publisherId }) });
        setFeedUrl('');
        setPublicKey('');
        setConfirmed(false);
      } else setOutcome({ ok: false, text: t(locale, addErrorKey(result.error)) });
    } catch (error) {
      setOutcome({ ok: false, text: t(locale, 'options.failed', { error: (error as Error).message }) });
    } finally {
      setBusy(false);
      await onAdded();
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t(locale, 'options.add.heading')}</h2>
      <p className="cgd-warning" id={`${id}-warning`}>
        {t(locale, 'options.add.warning')}
      </p>
      <form onSubmit={(e) => void submit(e)} aria-describedby={`${id}-warning`}>
        <label htmlFor={`${id}-url`}>{t(locale, 'options.add.url')}</label>
        <input id={`${id}-url`} type="url" name="feedUrl" value={feedUrl} onChange={(e) => setFeedUrl(e.target.value)} required aria-describedby={`${id}-url-hint`} autoComplete="off" />
        <p className="cgd-hint" id={`${id}-url-hint`}>
          {t(locale, 'options.add.urlHint')}
        </p>
        <label htmlFor={`${id}-key`}>{t(locale, 'options.add.key')}</label>
        <input id={`${id}-key`} type="text" name="publicKey" value={publicKey} onChange={(e) => setPublicKey(e.target.value)} required spellCheck={false} autoComplete="off" />
        <div className="cgd-choice">
          <input id={`${id}-confirm`} type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} required />
          <label htmlFor={`${id}-confirm`}>{t(locale, 'options.add.confirm')}</label>
        </div>
        <button type="submit" className="cgd-primary" disabled={!confirmed && !busy} aria-disabled={busy}>
          {t(locale, 'options.add.submit')}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {outcome && <p className={outcome.ok ? 'cgd-ok' : 'cgd-error'}>{outcome.text}</p>}
      </div>
    </section>
  );
}
