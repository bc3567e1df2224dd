import { useEffect, useState } from 'react';
import { describeReason, type Locale } from '../../lib/i18n';
import type { CheckNowAnswer } from '../../lib/check/check-now';
import type { PageAnswer } from '../../lib/protection/service';
import type { VerdictLevel } from '../../lib/verdict/levels';
import { tc } from './check-i18n';
import { isReportableAnswer } from '../report/word-report';
import { siteForUrl } from '../../lib/sites';

/** What the popup needs from the extension: the tab's verdict, the content script's "read again", two addresses. */
export interface PopupApi {
  /** The tab's last answer (get-tab-verdict), or null when its page was never judged. */
  tabAnswer(): Promise<PageAnswer | null>;
  /** Asks the tab's content script to read the page again and be judged; 'unreachable' when the page has none. */
  checkNow(): Promise<CheckNowAnswer | 'unreachable'>;
  /** Opens the report page about the tab (with a screenshot of it, when the browser lets the popup take one). */
  report(): Promise<void>;
  /** The tab's address, when the browser lets the popup see it (the toolbar click's activeTab), else undefined. */
  tabUrl(): Promise<string | undefined>;
  /** Reloads the tab, so the extension's content script runs in it. */
  reloadTab(): Promise<void>;
  checkPageUrl: string;
  optionsUrl: string;
}

type View = { kind: 'loading' } | { kind: 'unsupported' } | { kind: 'reload' } | { kind: 'not-read' } | { kind: 'answer'; answer: PageAnswer };

/** Whether `address` is a page of a site the extension reads (an unreadable address is not). */
function isSupportedPage(address: string | undefined): boolean {
  if (!address) return false;
  try {
    return siteForUrl(new URL(address)) !== null;
  } catch {
    return false;
  }
}

const toneOf = (level: VerdictLevel): string =>
  level === 'danger' || level === 'lookalike' ? 'danger' : level === 'hijack-risk' || level === 'namesake' ? 'amber' : level === 'verified' ? 'verified' : 'quiet';

/**
 * The toolbar popup: the current tab's verdict in words (never the icon's colour alone), the leader and the
 * reasons; plainly says when the page is not one the extension reads, or its layout was not recognised; and a
 * button to read the page again now.
 */
export function PopupView({ api, locale }: { api: PopupApi; locale: Locale }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [status, setStatus] = useState<'' | 'checking' | 'checked' | 'failed'>('');

  const readAgain = async (): Promise<void> => {
    setStatus('checking');
    const result = await api.checkNow().catch(() => 'unreachable' as const);
    if (result === 'unreachable' && isSupportedPage(await api.tabUrl().catch(() => undefined))) {
      // A Facebook or Zalo page with no content script: it was open before the extension was installed, updated or
      // turned back on (Chrome does not add content scripts to open pages). Reloading it is the cure, not "unsupported".
      setView({ kind: 'reload' });
      setStatus('');
      return;
    }
    if (result === 'unreachable' || !result.read) {
      setView({ kind: 'unsupported' });
      setStatus(result === 'unreachable' ? '' : 'failed');
      return;
    }
    const answer = await api.tabAnswer();
    setView(answer ? { kind: 'answer', answer } : { kind: 'not-read' });
    setStatus('checked');
  };

  useEffect(() => {
    void api.tabAnswer().then((answer) => {
      if (answer) setView({ kind: 'answer', answer });
      // Never judged: either not a page the extension reads, or not read yet. Asking the page tells which.
      else void readAgain();
    });
    // Once, when the popup opens.
  }, []);

  return (
    <main className="cgd-popup" lang={locale}>
      <h1>{tc(locale, 'popup.heading')}</h1>
      <div aria-live="polite">
        {view.kind === 'unsupported' && <p data-state="unsupported">{tc(locale, 'popup.unsupported')}</p>}
        {view.kind === 'reload' && <p data-state="reload">{tc(locale, 'popup.reloadNeeded')}</p>}
        {view.kind === 'not-read' && <p data-state="not-read">{tc(locale, 'popup.notRead')}</p>}
        {view.kind === 'answer' && <AnswerView answer={view.answer} locale={locale} />}
      </div>
      {view.kind === 'reload' && (
        <button type="button" onClick={() => void api.reloadTab()}>
          {tc(locale, 'popup.reload')}
        </button>
      )}
      {/* aria-disabled, not disabled, while checking: a disabled button drops keyboard focus to the page's start. */}
      {view.kind !== 'unsupported' && view.kind !== 'reload' && (
        <button type="button" onClick={() => status !== 'checking' && void readAgain()} aria-disabled={status === 'checking'}>
          {tc(locale, 'popup.checkNow')}
        </button>
      )}
      {view.kind === 'answer' && isReportableAnswer(view.answer) && (
        <button type="button" className="cgd-report-button" onClick={() => void api.report()}>
          {tc(locale, 'popup.report')}
        </button>
      )}
      <p role="status" className="cgd-hint">
        {status === 'checking' ? tc(locale, 'popup.checking') : status === 'checked' ? tc(locale, 'popup.checked') : status === 'failed' ? tc(locale, 'popup.checkFailed') : ''}
      </p>
      <ul className="cgd-popup-links">
        <li>
          <a href={api.checkPageUrl} target="_blank" rel="noopener">
            {tc(locale, 'popup.openCheck')}
          </a>
        </li>
        <li>
          <a href={api.optionsUrl} target="_blank" rel="noopener">
            {tc(locale, 'popup.openOptions')}
          </a>
        </li>
      </ul>
    </main>
  );
}

function AnswerView({ answer, locale }: { answer: PageAnswer; locale: Locale }) {
  const { verdict } = answer;
  const level = answer.dismissed ? 'none' : verdict.level;
  if (answer.siteOff) {
    return (
      <p className="cgd-popup-verdict" data-state="site-off">
        {tc(locale, 'popup.siteOff')}
      </p>
    );
  }
  if (answer.layout === 'unknown' && verdict.level === 'none') {
    return (
      <p className="cgd-popup-verdict" data-state="layout-unknown">
        {tc(locale, 'popup.layoutUnknown')}
      </p>
    );
  }
  return (
    <section className={`cgd-popup-verdict cgd-tone-${toneOf(level)}`} data-level={level}>
      <p>
        <strong>{tc(locale, `popup.level.${level}`)}</strong>
      </p>
      {answer.dismissed && <p>{tc(locale, 'popup.dismissed')}</p>}
      {verdict.leader && <p>{tc(locale, 'popup.leader', { name: verdict.leader.name })}</p>}
      {verdict.reasons.length > 0 && (
        <ul>
          {verdict.reasons.map((reason, i) => (
            <li key={i}>{describeReason(reason, locale)}</li>
          ))}
        </ul>
      )}
      {answer.layout === 'degraded' && <p>{tc(locale, 'popup.layoutDegraded')}</p>}
    </section>
  );
}
