import { admit, senderRole } from '@/lib/protocol/trust';
import { ProtectionDb } from '@/lib/store/db';
import { createProtectionService, type PageAnswer } from '@/lib/protection/service';
import type { ContentNotice } from '@/lib/protocol/content-notice';
import { hashAvatar } from '@/lib/photos/fetch-avatar';
import { decodeWithCanvas } from '@/lib/photos/canvas-decode';
import { seedIfEmpty } from '@/lib/store/directories';
import { demoDirectory } from '@/lib/directory/demo';
import { defaultLocale } from '@/lib/i18n';
import { showTabLevel, clearTab, rememberTab, rememberedTabs, tabState } from './tab-state';
import { builtInPublishers } from './publishers';
import { SYNC_PERIOD_MINUTES } from '@/lib/sync';
import { pageEvidence } from '@/lib/report';
import { keepLouder } from '@/lib/protection/tab-record';
import { reportPageUrl } from '@/components/report/report-tab';
import { tc } from '@/components/check/check-i18n';

const SYNC_ALARM = 'directory-sync';

/**
 * "Kiểm tra hồ sơ này" on links that can lead to an account (Facebook, Messenger, m.me, Zalo), wherever the link
 * is shown: one pasted into a Zalo chat or a mail is as worth checking as one on Facebook. Menus persist across
 * service-worker restarts, so it is created at install or update only.
 */
const CHECK_MENU = 'check-profile';
const checkableLinks = [
  'https://facebook.com/*',
  'https://*.facebook.com/*',
  'https://fb.com/*',
  'https://*.fb.com/*',
  'https://messenger.com/*',
  'https://*.messenger.com/*',
  'https://m.me/*',
  'https://zalo.me/*',
  'https://*.zalo.me/*',
];

/**
 * The background owns the directory (IndexedDB through Dexie) and the matcher, and answers the content scripts
 * through one validated protocol. It may be stopped at any time by the browser: state comes back from
 * IndexedDB and storage.session, never from memory alone.
 */
export default defineBackground(() => {
  const db = new ProtectionDb();
  // Avatars are fetched from here, not from the page: the service worker's host permissions (wxt.config.ts) cover
  // the image hosts, and lib/photos/avatar-source.ts refuses any other address the page may put in a reading.
  // Feeds are fetched from here too: built-in publishers' origins are host permissions (wxt.config.ts), and a
  // publisher the user adds is reached through an optional host permission granted on the options page.
  const service = createProtectionService(db, {
    hashAvatar: (url) => hashAvatar(url, { fetch: (...args) => fetch(...args), decode: decodeWithCanvas }),
    sync: { fetch: (url, init) => fetch(url, init), builtIn: builtInPublishers },
    // The language setting 'auto' means the browser's language.
    uiLanguage: () => navigator.language,
    // A new directory (a leader added, an account just reported) reaches the pages already open.
    onDirectoriesChanged: () => void tellOpenPages({ type: 'ask-again' }),
  });
  /** The context menu speaks the language setting: titled at install and start, and again when the setting changes. */
  const retitleMenu = async (): Promise<void> => {
    try {
      await browser.contextMenus.update(CHECK_MENU, { title: tc(await service.locale(), 'menu.checkProfile') });
    } catch {
      // No menu to retitle (not created yet in this browser): it is titled when created.
    }
  };
  /**
   * Nudges every page that has asked about itself (tabs.sendMessage needs no "tabs" permission). A tab whose page
   * has no content script any more refuses the message; nothing is lost, it has nothing to show.
   */
  const tellOpenPages = async (notice: ContentNotice): Promise<void> => {
    const tabs = await rememberedTabs().catch(() => []);
    await Promise.allSettled(tabs.map((tabId) => browser.tabs.sendMessage(tabId, notice)));
  };
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  // Directory sync: on install (at once, whatever the backoff), at browser start, and every 30 minutes. Alarms
  // survive the service worker being stopped; re-creating one only resets its period.
  const scheduleSync = () => browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES, delayInMinutes: SYNC_PERIOD_MINUTES });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: CHECK_MENU, title: tc(defaultLocale, 'menu.checkProfile'), contexts: ['link'], targetUrlPatterns: checkableLinks });
    void retitleMenu();
    void scheduleSync();
    void seedIfEmpty(db, demoDirectory).then(() => service.syncNow(true));
  });
  browser.runtime.onStartup.addListener(() => {
    void retitleMenu(); // 'auto' follows the browser's language, which may have changed since
    void scheduleSync();
    void service.syncNow(false);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void service.syncNow(false);
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
    const frameId = sender.frameId;
    const answer = async (): Promise<unknown> => {
      if (request.type === 'get-tab-verdict') return tabState(request.tabId);
      if (request.type === 'open-report') {
        if (tabId === undefined) return { error: 'no tab' };
        await openReport(tabId, sender.tab?.index);
        return { ok: true };
      }
      if (request.type !== 'judge-page' || tabId === undefined) {
        const result = await service.handle(request);
        if (request.type === 'set-settings') await retitleMenu();
        // Open pages follow at once (language, sensitivity, a site turned off, a warning marked or unmarked as a
        // mistake, which other tabs on that account show too): each is nudged to ask again.
        if (request.type === 'set-settings' || request.type === 'mark-mistake' || request.type === 'unmark-mistake') void tellOpenPages({ type: 'ask-again' });
        return result;
      }
      const showAnswer = async (page: PageAnswer): Promise<void> => {
        // Never in the way of the answer: a full or failing storage.session costs the toolbar and the report, not
        // the banner.
        try {
          const evidence = pageEvidence(request.reading, page, new Date());
          const place = `${request.url}|${request.reading.threadKey ?? ''}`;
          const kept = keepLouder(await tabState(tabId), { place, url: request.url, answer: page, site: request.reading.site, kind: request.reading.kind, evidence });
          await rememberTab(tabId, kept);
          // A site turned off shows nothing on the toolbar either, not even "layout not recognised".
          await showTabLevel(tabId, kept.answer.dismissed ? 'none' : kept.answer.verdict.level, kept.answer.siteOff ? 'ok' : kept.answer.layout, page.locale);
        } catch {
          // Storage full or failing: forget the tab rather than keep an older place's warning, which the popup and a
          // report would show as this page's. The next answer tries again.
          await clearTab(tabId).catch(() => undefined);
        }
      };
      const page = (await service.handle(request, {
        // The avatar was hashed after the answer went out, and it changes the verdict. The content script is told
        // to ask again rather than handed the answer: it asks only if it still shows that avatar (the user may
        // have moved on), and shows the answer through its one path (thread keys, louder-wins, closed banners),
        // which also sets the toolbar here; the background answers from the hash cache at once. The nudge
        // carries nothing a content script must trust beyond "ask again".
        onRefined: async () => {
          const notice: ContentNotice = { type: 'photo-verdict-changed', avatarUrl: request.reading.subject?.avatarUrl ?? '' };
          await browser.tabs.sendMessage(tabId, notice, frameId === undefined ? undefined : { frameId });
        },
      })) as PageAnswer;
      await showAnswer(page);
      return page;
    };
    answer().then(
      (result) => sendResponse(result),
      (error: unknown) => sendResponse({ error: error instanceof Error ? error.message : String(error) }),
    );
    return true; // the answer comes asynchronously
  });

  browser.tabs.onRemoved.addListener((tabId) => void clearTab(tabId));
  // A new page loading in the tab (another site, a reload) ends what the last one showed; the content script, if
  // the new page is one it reads, judges it afresh. In-page moves between chats are the content script's to report.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void clearTab(tabId);
  });
  // Chrome swaps a prerendered tab in under a new id; Firefox has no such event (hence the check).
  (browser.tabs.onReplaced as typeof browser.tabs.onReplaced | undefined)?.addListener((_added, removed) => void clearTab(removed));

  /** The report page about a tab, opened next to it (lib/report; the page reads the tab's state). */
  const openReport = async (tabId: number, index: number | undefined): Promise<void> => {
    await browser.tabs.create({ url: reportPageUrl(tabId), openerTabId: tabId, ...(index !== undefined ? { index: index + 1 } : {}) });
  };

  /**
   * The shortcut "focus-warning" (wxt.config.ts `commands`): the tab it was pressed in is told to move focus to its
   * warning. The content script does nothing if it shows none, and a tab without one refuses the message, which is
   * fine. Firefox before 126 passes no tab: then the active tab of the current window (its id needs no permission).
   */
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'focus-warning') return;
    const notice: ContentNotice = { type: 'focus-warning' };
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await browser.tabs.sendMessage(tabId, notice);
    })().catch(() => undefined);
  });

  // "Kiểm tra hồ sơ này" on a Facebook, Messenger or Zalo link: the check page, next to the tab, with the link.
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== CHECK_MENU || !info.linkUrl) return;
    const url = `${browser.runtime.getURL('/check.html')}?q=${encodeURIComponent(info.linkUrl)}`;
    void browser.tabs.create({ url, ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}) });
  });
});
