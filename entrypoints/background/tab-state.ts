import { browser } from 'wxt/browser';
import type { VerdictLevel } from '@/lib/verdict/levels';
import type { PageAnswer } from '@/lib/protection/service';
import type { PageEvidence } from '@/lib/report';
import { dropScreenshot } from '@/components/report/report-tab';
import type { TabRecord } from '@/lib/protection/tab-record';
import { t, type Locale } from '@/lib/i18n';
import { toolbarBadge, toolbarIconPaths } from '@/components/toolbar-icon';

/**
 * What each tab shows, for the toolbar icon and the popup. Kept in storage.session: it survives the service
 * worker being stopped, and is forgotten when the browser closes.
 */
export interface TabState extends TabRecord {
  url: string;
  site: string;
  kind: string;
  answer: PageAnswer;
  /** What the warning saw (suspect account, triggering messages), for a report made later (lib/report). */
  evidence?: PageEvidence;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function rememberTab(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function tabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabState | undefined) ?? null;
}

/** The tabs a content script has asked about since they last loaded a page (those that may show something). */
export async function rememberedTabs(): Promise<number[]> {
  const stored = await browser.storage.session.get(null);
  return Object.keys(stored)
    .filter((k) => k.startsWith('tab:'))
    .map((k) => Number(k.slice('tab:'.length)))
    .filter((id) => Number.isInteger(id));
}

export async function clearTab(tabId: number): Promise<void> {
  await Promise.all([browser.storage.session.remove(key(tabId)), dropScreenshot(tabId)]);
}

/** The toolbar icon shows the current tab's level: icon, badge symbol and colour, and a title for screen readers. */
export async function showTabLevel(tabId: number, level: VerdictLevel, layout: PageAnswer['layout'], locale: Locale): Promise<void> {
  const unknownLayout = layout === 'unknown' && level === 'none';
  const badge = unknownLayout ? { ...toolbarBadge('none'), text: '?' } : toolbarBadge(level);
  const title = unknownLayout ? t(locale, 'toolbar.layoutUnknown') : t(locale, `toolbar.${level}`);
  await Promise.all([
    browser.action.setIcon({ tabId, path: toolbarIconPaths(level) }),
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title }),
  ]);
}
