import { z } from 'zod';
import { contentRequestSchema, extensionRequestSchema, type AnyRequest } from './messages';

/** The parts of a runtime.MessageSender that decide trust (the browser fills them in; the page cannot). */
export interface MessageSenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
}

export type SenderRole = 'extension-page' | 'content-script' | 'stranger';

/** Hosts the content scripts run on. A message from a content script in any other page is a stranger's. */
const contentHosts = new Set(['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'facebook.com', 'www.messenger.com', 'messenger.com', 'chat.zalo.me']);

/**
 * Decides once, from the sender, what it may ask (as uBlock does): extension pages are trusted for admin
 * actions; content scripts only on the supported sites, and only for lookups about their own page.
 */
export function senderRole(sender: MessageSenderInfo, extensionId: string, extensionOrigin: string): SenderRole {
  if (sender.id !== extensionId) return 'stranger';
  const url = sender.url ?? '';
  // Popup, options and admin pages; a tab showing an extension page is still the extension's own page.
  if (url.startsWith(`${extensionOrigin}/`)) return 'extension-page';
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' && contentHosts.has(parsed.hostname) && sender.tab?.id !== undefined) return 'content-script';
  } catch {
    // fall through: no usable URL
  }
  return 'stranger';
}

export type Admission = { ok: true; request: AnyRequest } | { ok: false; error: string };

/** Validates a raw message for the sender's role. Content scripts cannot reach extension-page requests. */
export function admit(raw: unknown, role: SenderRole): Admission {
  if (role === 'stranger') return { ok: false, error: 'sender not allowed' };
  const content = contentRequestSchema.safeParse(raw);
  if (content.success) return { ok: true, request: content.data };
  if (role === 'extension-page') {
    const page = extensionRequestSchema.safeParse(raw);
    if (page.success) return { ok: true, request: page.data };
    return { ok: false, error: `invalid request: ${z.prettifyError(page.error).split('\n')[0]}` };
  }
  return { ok: false, error: `invalid request: ${z.prettifyError(content.error).split('\n')[0]}` };
}
