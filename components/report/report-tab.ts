import { browser } from 'wxt/browser';
import { reportSchema, type Report } from '../../lib/report';

/**
 * The report page about a tab, and the one screenshot waiting for it.
 *
 * The popup's click grants activeTab, the only moment the extension may capture a tab, so the popup takes the
 * screenshot and the report page it opens collects it. One screenshot is kept at a time (storage.session is small
 * and shared with the tabs' verdicts), under the tab it shows; collecting it removes it, so a picture taken for one
 * report is never offered for another. A tab that closes or navigates drops it (the background's clearTab).
 */
const SHOT_KEY = 'report-shot';

export function reportPageUrl(tabId: number): string {
  return `${browser.runtime.getURL('/report.html')}?tab=${tabId}`;
}

export async function keepScreenshot(tabId: number, shot: NonNullable<Report['screenshot']>): Promise<void> {
  await browser.storage.session.set({ [SHOT_KEY]: { tabId, ...shot } });
}

/** The tab's screenshot, once: removed as it is read. Only a PNG or JPEG data URL is ever returned. */
export async function collectScreenshot(tabId: number): Promise<Report['screenshot']> {
  const stored: unknown = (await browser.storage.session.get(SHOT_KEY))[SHOT_KEY];
  if (!isForTab(stored, tabId)) return undefined;
  await browser.storage.session.remove(SHOT_KEY);
  const shot = reportSchema.shape.screenshot.safeParse(stored);
  return shot.success ? shot.data : undefined;
}

/** Drops the screenshot kept for this tab, if any (the tab closed or went to another page). */
export async function dropScreenshot(tabId: number): Promise<void> {
  const stored: unknown = (await browser.storage.session.get(SHOT_KEY))[SHOT_KEY];
  if (isForTab(stored, tabId)) await browser.storage.session.remove(SHOT_KEY);
}

function isForTab(stored: unknown, tabId: number): boolean {
  return typeof stored === 'object' && stored !== null && (stored as { tabId?: unknown }).tabId === tabId;
}
