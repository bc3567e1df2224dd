import { browser } from 'wxt/browser';
import type { VerdictLevel } from '@/lib/verdict/levels';
import type { PageAnswer } from '@/lib/protection/service';

/**
 * What each tab shows, for the toolbar icon and the popup. Kept in storage.session: it survives the service
 * worker being stopped, and is forgotten when the browser closes.
 */
export interface TabState {
  url: string;
  site: string;
  kind: string;
  answer: PageAnswer;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function rememberTab(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function tabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabState | undefined) ?? null;
}

export async function clearTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

const badges: Record<VerdictLevel, { text: string; color: string; title: string }> = {
  none: { text: '', color: '#5f6368', title: 'Chống Giả Danh' },
  verified: { text: '✓', color: '#137333', title: 'Chống Giả Danh: tài khoản đã xác minh' },
  namesake: { text: '', color: '#5f6368', title: 'Chống Giả Danh: trùng tên lãnh đạo, không phải tài khoản đã xác minh' },
  lookalike: { text: '!', color: '#b06000', title: 'Chống Giả Danh: tài khoản giả danh lãnh đạo' },
  'hijack-risk': { text: '!', color: '#b06000', title: 'Chống Giả Danh: hãy gọi điện xác minh trước khi chuyển tiền' },
  danger: { text: '!!', color: '#c5221f', title: 'Chống Giả Danh: NGUY HIỂM — giả danh lãnh đạo hỏi tiền' },
};

/** The toolbar icon shows the current tab's level: a badge word and colour, and a title for screen readers. */
export async function showTabLevel(tabId: number, level: VerdictLevel, layout: PageAnswer['layout']): Promise<void> {
  const badge = layout === 'unknown' && level === 'none' ? { text: '?', color: '#5f6368', title: 'Chống Giả Danh: chưa nhận ra bố cục trang này' } : badges[level];
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: badge.title }),
  ]);
}
