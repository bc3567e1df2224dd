import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Locale } from '../../lib/i18n';
import type { Report } from '../../lib/report';
import { MAX_CHECK_TEXT } from '../../lib/check';
import type { CheckAnswer } from '../../lib/protection/service';
import { ReportView } from '../report/ReportView';
import { checkReport, isReportableCheck } from '../report/word-report';
import { tc } from './check-i18n';
import { CheckResultView } from './CheckResultView';
import { outcomeText, outcomeWord } from './check-text';

export interface CheckApi {
  /** Sends `check-input` to the background and returns its answer: the result and whom to report it to. */
  check(text: string): Promise<CheckAnswer>;
  /** The moment a report is made (a fixed one in tests). */
  now?: () => Date;
}

export interface CheckPageProps {
  api: CheckApi;
  locale: Locale;
  /** Text to check at once: the `?q=` of the page's address (the context menu and the popup open it so). */
  initialText?: string;
}

/**
 * The "Kiểm tra" page: one labelled box, one button, and the result. Screen readers hear a short status (the outcome
 * in a word and one sentence) from a live region that stays in the page; the result itself, and a report made from
 * it, are read by moving through them, not all at once.
 */
export function CheckPage({ api, locale, initialText = '' }: CheckPageProps) {
  const id = useId();
  const [text, setText] = useState(initialText.slice(0, MAX_CHECK_TEXT));
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'checking' } | { kind: 'done'; result: CheckAnswer; text: string; report?: Report } | { kind: 'failed'; error: string }>({ kind: 'idle' });

  const run = async (value: string) => {
    setState({ kind: 'checking' });
    try {
      setState({ kind: 'done', result: await api.check(value), text: value });
    } catch (error) {
      setState({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  useEffect(() => {
    if (initialText.trim() !== '') void run(initialText.slice(0, MAX_CHECK_TEXT));
    // Only once, for the address the page was opened with.
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (state.kind !== 'checking') void run(text);
  };

  return (
    <main className="cgd-check" lang={locale}>
      <h1>{tc(locale, 'check.heading')}</h1>
      <form onSubmit={submit}>
        <label htmlFor={`${id}-text`}>{tc(locale, 'check.label')}</label>
        <p className="cgd-hint" id={`${id}-hint`}>
          {tc(locale, 'check.privacy')} {tc(locale, 'check.keys')}
        </p>
        <textarea
          id={`${id}-text`}
          aria-describedby={`${id}-hint`}
          rows={4}
          maxLength={MAX_CHECK_TEXT}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            // Enter checks, as in a search box; Shift+Enter adds a line to a pasted message.
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              if (state.kind !== 'checking') void run(text);
            }
          }}
        />
        {/* aria-disabled, not disabled: a disabled button drops keyboard focus to the page's start. */}
        <button type="submit" className="cgd-primary" aria-disabled={state.kind === 'checking'}>
          {tc(locale, 'check.submit')}
        </button>
      </form>
      <p className="cgd-visually-hidden" role="status" aria-live="polite">
        {state.kind === 'checking' ? tc(locale, 'check.checking') : state.kind === 'done' ? `${outcomeWord(state.result.outcome, locale)}. ${outcomeText(state.result, locale)}` : ''}
      </p>
      <section className="cgd-check-results" aria-busy={state.kind === 'checking'} aria-labelledby={`${id}-results`}>
        <h2 id={`${id}-results`} className="cgd-visually-hidden">
          {tc(locale, 'check.resultHeading')}
        </h2>
        {state.kind === 'checking' && <p>{tc(locale, 'check.checking')}</p>}
        {state.kind === 'failed' && (
          <p className="cgd-error" role="alert">
            {tc(locale, 'check.failed', { error: state.error })}
          </p>
        )}
        {state.kind === 'done' && <CheckResultView result={state.result} locale={locale} checkedText={state.text} />}
        {state.kind === 'done' && isReportableCheck(state.result) && !state.report && (
          <button
            type="button"
            onClick={() => {
              try {
                setState({ ...state, report: checkReport(state.result, state.text, { locale, now: (api.now ?? (() => new Date()))(), publishers: state.result.reportTo }) });
              } catch (error) {
                setState({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
              }
            }}
          >
            {tc(locale, 'check.report')}
          </button>
        )}
        {state.kind === 'done' && state.report && <ReportView report={state.report} locale={locale} headingLevel={2} focusOnMount />}
      </section>
    </main>
  );
}
