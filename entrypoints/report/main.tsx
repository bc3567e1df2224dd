import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { tr } from '@/lib/report';
import type { TabState } from '@/entrypoints/background/tab-state';
import { collectScreenshot } from '@/components/report/report-tab';
import { ReportPage, type ReportPageApi } from '@/components/report/ReportPage';
import { checkStyles } from '@/components/check/check-styles';
import { reportStyles } from '@/components/report/report-styles';
import { markDocumentLocale, uiLocale } from '@/components/ui-locale';

/**
 * The report page (report.html?tab=<id>): the report of the warning shown in that tab, opened by the banner's
 * "Báo cáo" (through the background, for the banner's own tab) or by the popup's. Everything it shows comes from
 * the background's record of the tab; nothing is sent anywhere from here.
 */
const named = new URL(location.href).searchParams.get('tab');
const tabId = named !== null && /^\d{1,10}$/.test(named) ? Number(named) : undefined;

const api: ReportPageApi = {
  async tabSource() {
    if (tabId === undefined) return null;
    const state = (await browser.runtime.sendMessage({ type: 'get-tab-verdict', tabId })) as TabState | null | { error: string };
    if (!state || 'error' in state || (state.site !== 'facebook' && state.site !== 'zalo')) return null;
    return { url: state.url, site: state.site, kind: state.kind, answer: state.answer, evidence: state.evidence };
  },
  async screenshot() {
    return tabId === undefined ? undefined : collectScreenshot(tabId);
  },
  now: () => new Date(),
  print: () => window.print(),
};

async function start(): Promise<void> {
  const locale = await uiLocale((request) => browser.runtime.sendMessage(request), navigator.language);
  markDocumentLocale(locale);
  document.title = tr(locale, 'report.pageTitle');
  const style = document.createElement('style');
  style.textContent = checkStyles + reportStyles;
  document.head.append(style);
  createRoot(document.getElementById('root')!).render(<ReportPage api={api} locale={locale} />);
}

void start();
