/**
 * What the popup asks a tab's content script (browser.tabs.sendMessage): read the page again and ask for a fresh
 * verdict now ("Kiểm tra hồ sơ này"). checkNowSchema in lib/protocol/messages.ts is the reference shape; this
 * reader is the content script's, by hand to keep zod out of it (see content-notice.ts for the measured cost).
 * tests/check/check-now.test.ts checks that both accept and refuse the same messages.
 */
export interface CheckNowRequest {
  type: 'check-now';
}

/** The content script's answer: whether its page is one it can read, and the layout it found. */
export type CheckNowAnswer = { read: true; layout: 'ok' | 'degraded' | 'unknown' } | { read: false };

export function readCheckNow(raw: unknown): CheckNowRequest | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const keys = Object.keys(raw);
  if (keys.length !== 1 || (raw as Record<string, unknown>).type !== 'check-now') return undefined;
  return { type: 'check-now' };
}
