import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import type { CheckNowAnswer, CheckNowRequest } from '@/lib/check/check-now';
import type { PageAnswer } from '@/lib/protection/service';
import type { TabState } from '@/entrypoints/background/tab-state';
import { PopupView, type PopupApi } from '@/components/check/PopupView';
import { checkStyles } from '@/components/check/check-styles';
import { markDocumentLocale, uiLocale } from '@/components/ui-locale';
import { keepScreenshot, reportPageUrl } from '@/components/report/report-tab';

/**
 * The toolbar popup, about the current tab. `?tab=<id>` names the tab instead (the end-to-end tests open the popup
 * as a page): it gives nothing away, since any extension page may already ask about any tab.
 */
async function currentTabId(): Promise<number | undefined> {
  const named = new URL(location.href).searchParams.get('tab');
  if (named !== null && /^\d{1,10}$/.test(named)) return Number(named);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function start(): Promise<void> {
  const tabId = await currentTabId();
  const api: PopupApi = {
    async tabAnswer(): Promise<PageAnswer | null> {
      if (tabId === undefined) return null;
      const state = (await browser.runtime.sendMessage({ type: 'get-tab-verdict', tabId })) as TabState | null | { error: string };
      return state && 'answer' in state ? state.answer : null;
    },
    async checkNow() {
      if (tabId === undefined) return 'unreachable';
      const request: CheckNowRequest = { type: 'check-now' };
      try {
        const answer = (await browser.tabs.sendMessage(tabId, request)) as CheckNowAnswer | undefined;
        return answer ?? 'unreachable';
      } catch {
        return 'unreachable'; // no content script in that tab: not a page the extension reads
      }
    },
    async report() {
      if (tabId === undefined) return;
      // The popup's click grants activeTab: the one moment the tab may be captured. The report page offers the
      // screenshot and includes it only if the user ticks the box. Without the grant (the popup opened as a page),
      // the report opens without one.
      try {
        // JPEG: a third of a PNG's size for a page of text and photos, still readable.
        const dataUrl = await browser.tabs.captureVisibleTab({ format: 'jpeg', quality: 85 });
        await keepScreenshot(tabId, { dataUrl, takenAt: new Date().toISOString() });
      } catch {
        // No screenshot: the report says how to get one.
      }
      await browser.tabs.create({ url: reportPageUrl(tabId), openerTabId: tabId });
      window.close();
    },
    async tabUrl() {
      if (tabId === undefined) return undefined;
      // Without the "tabs" permission the address is known only for the tab the user clicked the toolbar on.
      const tab = await browser.tabs.get(tabId);
      return tab.url ?? tab.pendingUrl;
    },
    async reloadTab() {
      if (tabId === undefined) return;
      await browser.tabs.reload(tabId);
      window.close();
    },
    checkPageUrl: browser.runtime.getURL('/check.html'),
    optionsUrl: browser.runtime.getURL('/options.html'),
  };
  const style = document.createElement('style');
  style.textContent = checkStyles;
  document.head.append(style);
  const locale = await uiLocale((request) => browser.runtime.sendMessage(request), navigator.language);
  markDocumentLocale(locale);
  createRoot(document.getElementById('root')!).render(<PopupView api={api} locale={locale} />);
}

void start();
