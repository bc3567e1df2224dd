import { useEffect, useId, useState } from 'react';
import { ta } from '../../lib/admin/i18n';
import { forgetKey, rememberedKey, rememberKey } from '../../lib/admin/key-store';
import { payloadBytes } from '../../lib/admin/payload';
import { checkPublishAddress, publishSignedFeed, type PublishResult } from '../../lib/admin/publish';
import { keyStanding, loadKeyFile, planKeyStorage, type LoadedSigningKey } from '../../lib/admin/signing-key';
import { readyToSign } from '../../lib/admin/version';
import type { LeaderDirectory } from '../../lib/directory/schema';
import { signFeed, type SignedFeed } from '../../lib/feed';
import type { Locale } from '../../lib/i18n';
import type { AdminEnvironment } from './environment';
import { Field, FilePicker } from './Field';

type Message = { text: string; tone: 'ok' | 'warn' | 'alert' } | null;
const toneClass = { ok: 'adm-notice', warn: 'adm-warn', alert: 'adm-alert' } as const;

/** Steps 6 and 7: the version bump, the private key, signing, the signed files, and the optional upload. */
export function SignPanel(props: { locale: Locale; env: AdminEnvironment; draft: LeaderDirectory; publishedVersion: number | undefined; onBump: () => void }) {
  const { locale, env, draft, publishedVersion } = props;
  const headingId = useId();
  const rememberId = useId();
  const [key, setKey] = useState<LoadedSigningKey | null>(null);
  const [remembered, setRemembered] = useState<{ keyId: string } | undefined>(undefined);
  const [remember, setRemember] = useState(false);
  const [keyMessage, setKeyMessage] = useState<Message>(null);
  const [signed, setSigned] = useState<{ feed: SignedFeed; from: LeaderDirectory } | null>(null);
  const [signMessage, setSignMessage] = useState<Message>(null);
  const [address, setAddress] = useState('');
  const [token, setToken] = useState('');
  const [publishMessage, setPublishMessage] = useState<Message>(null);
  const [publishResult, setPublishResult] = useState<PublishResult | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void rememberedKey(env.db).then((saved) => {
      if (!live || !saved) return;
      setRemembered({ keyId: saved.keyId });
      setKey((current) => current ?? saved);
    });
    return () => {
      live = false;
    };
  }, [env.db]);

  async function loadKey(files: File[]) {
    const file = files[0]!;
    const result = await loadKeyFile(await file.text());
    if (!result.ok) return setKeyMessage({ text: ta(locale, 'sign.keyBad', { file: file.name, message: result.message }), tone: 'alert' });
    const plan = planKeyStorage(remember, remembered);
    setKey(result.loaded);
    if (plan.store === 'indexeddb') {
      await rememberKey(env.db, result.loaded, env.now());
      setRemembered({ keyId: result.loaded.keyId });
      setKeyMessage({ text: ta(locale, 'sign.keyRemembered', { keyId: result.loaded.keyId }), tone: 'ok' });
    } else {
      setKeyMessage({ text: `${ta(locale, 'sign.keyLoaded', { keyId: result.loaded.keyId })} ${ta(locale, 'sign.keyInMemory', { keyId: result.loaded.keyId })}`, tone: 'ok' });
    }
  }

  async function forget() {
    await forgetKey(env.db);
    if (key && remembered && key.keyId === remembered.keyId) setKey(null);
    setRemembered(undefined);
    setKeyMessage({ text: ta(locale, 'sign.forgotten'), tone: 'ok' });
  }

  async function sign() {
    if (!key) return setSignMessage({ text: ta(locale, 'sign.noKey'), tone: 'alert' });
    try {
      const feed = await signFeed(payloadBytes(draft), key.key, key.keyId);
      setSigned({ feed, from: draft });
      setPublishResult(null);
      setPublishMessage(null);
      setSignMessage({ text: ta(locale, 'sign.signed', { version: feed.manifest.version, keyId: key.keyId }), tone: 'ok' });
    } catch (error) {
      setSigned(null);
      setSignMessage({ text: ta(locale, 'sign.failed', { message: (error as Error).message }), tone: 'alert' });
    }
  }

  async function publish() {
    if (!signed) return;
    const checked = checkPublishAddress(address);
    if (!checked.ok) return setPublishMessage({ text: ta(locale, `publish.badAddress.${checked.problem}`), tone: 'alert' });
    if (token.trim() === '') return setPublishMessage({ text: ta(locale, 'publish.noToken'), tone: 'alert' });
    setBusy(true);
    setPublishMessage({ text: ta(locale, 'publish.sending'), tone: 'warn' });
    const result = await publishSignedFeed(signed.feed, checked.base, token.trim(), env.fetch);
    setBusy(false);
    setPublishResult(result);
    setPublishMessage(
      result.ok ? { text: ta(locale, 'publish.ok', { version: signed.feed.manifest.version }), tone: 'ok' } : { text: ta(locale, 'publish.failed'), tone: 'alert' },
    );
  }

  const canSign = readyToSign(draft, publishedVersion);
  const standing = key ? keyStanding(key, draft.publisher.id, env.publishers) : undefined;
  const current = signed !== null && signed.from === draft ? signed.feed : null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{ta(locale, 'sign.heading')}</h2>
      <p data-testid="version-line">{ta(locale, 'sign.version', { version: draft.version, issuedAt: draft.issuedAt })}</p>
      {!canSign && publishedVersion !== undefined ? <p className="adm-warn">{ta(locale, 'sign.needsBump', { version: publishedVersion })}</p> : null}
      <button type="button" onClick={props.onBump}>
        {ta(locale, 'sign.bump')}
      </button>

      <FilePicker name="key-file" label={ta(locale, 'sign.keyFile')} accept=".jwk,.json,application/json" onFiles={(f) => void loadKey(f)} />
      <div>
        <input id={rememberId} type="checkbox" checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} />{' '}
        <label htmlFor={rememberId} style={{ display: 'inline' }}>
          {ta(locale, 'sign.remember')}
        </label>
      </div>
      {remembered ? (
        <p>
          {ta(locale, 'sign.keySaved', { keyId: remembered.keyId })}{' '}
          <button type="button" onClick={() => void forget()}>
            {ta(locale, 'sign.forget')}
          </button>
        </p>
      ) : null}
      <div role="status" aria-live="polite">
        {keyMessage ? <p className={toneClass[keyMessage.tone]}>{keyMessage.text}</p> : null}
        {key && standing ? (
          <p className={standing === 'trusted' ? 'adm-notice' : 'adm-warn'}>
            {ta(locale, `sign.standing.${standing}`, { keyId: key.keyId, publisher: draft.publisher.id })}
          </p>
        ) : null}
      </div>

      <button type="button" className="adm-primary" disabled={!canSign} onClick={() => void sign()}>
        {ta(locale, 'sign.sign')}
      </button>
      <div role="status" aria-live="polite">
        {signMessage ? <p className={toneClass[signMessage.tone]}>{signMessage.text}</p> : null}
        {signed && !current ? <p className="adm-warn">{ta(locale, 'sign.stale')}</p> : null}
      </div>
      {current ? (
        <p>
          <button type="button" onClick={() => env.download(current.feedFile, current.feedText, 'application/json')}>
            {ta(locale, 'sign.downloadFeed', { file: current.feedFile })}
          </button>
          <button type="button" onClick={() => env.download(current.manifestFile, current.manifestText, 'application/json')}>
            {ta(locale, 'sign.downloadManifest', { file: current.manifestFile })}
          </button>
        </p>
      ) : null}

      {current ? (
        <fieldset>
          <legend>{ta(locale, 'publish.heading')}</legend>
          <Field type="url" name="publish-address" label={ta(locale, 'publish.address')} value={address} onChange={setAddress} />
          <Field type="password" name="publish-token" label={ta(locale, 'publish.token')} value={token} onChange={setToken} />
          <button type="button" className="adm-primary" aria-disabled={busy} onClick={() => !busy && void publish()}>
            {ta(locale, 'publish.button')}
          </button>
          <div role="status" aria-live="polite" data-testid="publish-result">
            {publishMessage ? <p className={toneClass[publishMessage.tone]}>{publishMessage.text}</p> : null}
            {publishResult ? (
              <ul>
                {publishResult.steps.map((s) => (
                  <li key={s.file}>
                    {s.ok
                      ? ta(locale, 'publish.stepOk', { file: s.file, status: s.status ?? '' })
                      : s.status === undefined
                        ? ta(locale, 'publish.stepNetwork', { file: s.file, detail: s.detail })
                        : ta(locale, 'publish.stepHttp', { file: s.file, status: s.status, detail: s.detail })}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </fieldset>
      ) : null}
    </section>
  );
}
