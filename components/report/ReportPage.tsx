import { useEffect, useState } from 'react';
import type { Locale } from '../../lib/i18n';
import { tr, type Report } from '../../lib/report';
import { ReportView } from './ReportView';
import { isReportableAnswer, pageReport, type PageReportSource } from './word-report';

/** What the report page needs from the extension: the tab's warning and evidence, and a screenshot if one was taken. */
export interface ReportPageApi {
  tabSource(): Promise<PageReportSource | null>;
  screenshot(): Promise<Report['screenshot'] | undefined>;
  now(): Date;
  print(): void;
}

type State = { kind: 'loading' } | { kind: 'nothing' } | { kind: 'failed'; error: string } | { kind: 'ready'; report: Report; screenshot?: Report['screenshot'] };

/**
 * The report page (report.html?tab=<id>), opened from a banner's "Báo cáo" or from the popup: the report of what
 * the warning in that tab saw, made once when the page opens, so that it says what was seen at that moment.
 */
export function ReportPage({ api, locale }: { api: ReportPageApi; locale: Locale }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    void (async () => {
      try {
        const source = await api.tabSource().catch(() => null);
        // Only a warning is reported: a tab that moved on to a calm page, or a warning marked as a mistake, is not.
        if (!source || !isReportableAnswer(source.answer)) return setState({ kind: 'nothing' });
        const screenshot = await api.screenshot().catch(() => undefined);
        const report = pageReport(source, { locale, now: api.now(), publishers: source.answer.reportTo });
        setState({ kind: 'ready', report, ...(screenshot ? { screenshot } : {}) });
      } catch (error) {
        setState({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
      }
    })();
    // Once: the report says what was seen when it was asked for.
  }, []);

  return (
    <main className="cgd-check" lang={locale}>
      {state.kind === 'loading' && <p role="status">{tr(locale, 'report.loading')}</p>}
      {state.kind === 'nothing' && (
        <>
          <h1>{tr(locale, 'report.title')}</h1>
          <p role="alert">{tr(locale, 'report.nothing')}</p>
        </>
      )}
      {state.kind === 'failed' && (
        <>
          <h1>{tr(locale, 'report.title')}</h1>
          <p role="alert">{tr(locale, 'report.failed', { error: state.error })}</p>
        </>
      )}
      {state.kind === 'ready' && <ReportView report={state.report} screenshot={state.screenshot} screenshotHint={!state.screenshot} locale={locale} print={api.print} />}
    </main>
  );
}
