import { admit, senderRole } from '@/lib/protocol/trust';
import { ProtectionDb } from '@/lib/store/db';
import { createProtectionService, type PageAnswer } from '@/lib/protection/service';
import { seedIfEmpty } from '@/lib/store/directories';
import { demoDirectory } from '@/lib/directory/demo';
import { defaultLocale } from '@/lib/i18n';
import { showTabLevel, clearTab, rememberTab, tabState } from './tab-state';

/**
 * The background owns the directory (IndexedDB through Dexie) and the matcher, and answers the content scripts
 * through one validated protocol. It may be stopped at any time by the browser: state comes back from
 * IndexedDB and storage.session, never from memory alone.
 */
export default defineBackground(() => {
  const db = new ProtectionDb();
  const service = createProtectionService(db);
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  browser.runtime.onInstalled.addListener(() => {
    void seedIfEmpty(db, demoDirectory);
  });

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const role = senderRole(sender, browser.runtime.id, extensionOrigin);
    const admission = admit(raw, role);
    if (!admission.ok) {
      sendResponse({ error: admission.error });
      return false;
    }
    const request = admission.request;
    const tabId = sender.tab?.id;
    const answer = async (): Promise<unknown> => {
      if (request.type === 'get-tab-verdict') return tabState(request.tabId);
      const result = await service.handle(request);
      if (request.type === 'judge-page' && tabId !== undefined) {
        const page = result as PageAnswer;
        await rememberTab(tabId, { url: request.url, answer: page, site: request.reading.site, kind: request.reading.kind });
        await showTabLevel(tabId, page.dismissed ? 'none' : page.verdict.level, page.layout, defaultLocale);
      }
      return result;
    };
    answer().then(
      (result) => sendResponse(result),
      (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // the answer comes asynchronously
  });

  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
});
