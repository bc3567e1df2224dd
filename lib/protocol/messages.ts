import { z } from 'zod';
import { settingsInputSchema } from '../settings';

/**
 * The one message protocol between the extension's parts. Every message is validated here on arrival, and
 * what a sender may ask is decided by who the sender is (see trust.ts), never by what the message claims.
 * Sizes are bounded: a hostile page controls the text a content script reads.
 */
const text = (max: number) => z.string().max(max);
const siteId = z.enum(['facebook', 'zalo']);

export const subjectSchema = z.object({
  name: text(300).optional(),
  platform: siteId,
  id: text(64).optional(),
  username: text(120).optional(),
  phone: text(32).optional(),
  avatarUrl: text(4096).optional(),
  /** PDQ hash of a blob: avatar, hashed by the content script (only the page can read those); never the picture. */
  avatarPdq: z.string().regex(/^[0-9a-f]{64}$/i).optional(),
  avatarQuality: z.number().int().min(0).max(100).optional(),
  isGroup: z.boolean().optional(),
});

export const chatMessageSchema = z.object({
  id: text(200),
  direction: z.enum(['incoming', 'outgoing']),
  sender: text(300).optional(),
  text: text(4000),
  time: text(100).optional(),
});

export const pageReadingSchema = z.object({
  site: siteId,
  kind: z.enum(['profile', 'thread', 'other']),
  layout: z.enum(['ok', 'degraded', 'unknown']),
  layers: z.array(text(100)).max(20),
  subject: subjectSchema.optional(),
  messages: z.array(chatMessageSchema).max(300),
  threadKey: text(300).optional(),
});

/** What a content script may ask: judge what its page shows; mark the account it shows as a mistake; report it. */
export const contentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('judge-page'), url: z.url().max(4096), reading: pageReadingSchema }),
  z.object({ type: z.literal('mark-mistake'), subject: subjectSchema, leaderId: text(128).optional() }),
  // The banner's "Báo cáo": open the report page about the sender's own tab (the tab comes from the sender, never
  // from the message, so a page can only ever open the report of what it shows).
  z.strictObject({ type: z.literal('open-report') }),
]);

/** A publisher's manifest address, as the trusted-publishers file allows: https, or http on this machine only. */
export const feedUrlSchema = z
  .url({ protocol: /^https?$/ })
  .max(2048)
  .refine((u) => u.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(u), 'must be https (http only for 127.0.0.1)');

/** Base64 of a raw 32-byte Ed25519 public key. */
export const publicKeySchema = z.string().trim().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be base64 of 32 bytes');

/** What the extension's own pages (popup, options, admin) may ask, on top of what content scripts may. */
export const extensionRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-tab-verdict'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('list-mistakes') }),
  z.object({ type: z.literal('unmark-mistake'), accountKey: text(200) }),
  z.object({ type: z.literal('directory-status') }),
  // Directory sync and settings (options page). Admin actions: never from a content script (trust.ts).
  z.object({ type: z.literal('publisher-status') }),
  z.object({ type: z.literal('sync-now') }),
  z.object({ type: z.literal('add-publisher'), feedUrl: feedUrlSchema, publicKey: publicKeySchema }),
  z.object({ type: z.literal('remove-publisher'), publisherId: text(64) }),
  z.object({ type: z.literal('get-settings') }),
  z.object({ type: z.literal('set-settings'), settings: settingsInputSchema }),
  // "Kiểm tra" (lib/check): anything pasted into the check page. Up to MAX_CHECK_TEXT (4000) characters.
  z.object({ type: z.literal('check-input'), text: text(4000) }),
]);

/**
 * What the background tells a content script unasked (browser.tabs.sendMessage): the avatar it was shown has been
 * hashed and the photo changes the verdict, the settings or the directory changed, or the user pressed the shortcut
 * that moves focus to the warning. Only nudges, not answers: the content
 * script asks again through its one path, and the background answers at once. The content script checks them with
 * readContentNotice (content-notice.ts), which must agree with this schema, to stay free of zod.
 */
export const contentNoticeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('photo-verdict-changed'), avatarUrl: text(4096) }),
  z.object({ type: z.literal('ask-again') }),
  // The keyboard shortcut "focus-warning" was pressed in that tab: focus the warning shown there, if any.
  z.object({ type: z.literal('focus-warning') }),
]);
/**
 * What the popup asks a tab's content script: read the page again and ask for a verdict now. Nothing else in it:
 * the content script re-reads its own page, it takes no data from the message. Checked in the content script by
 * readCheckNow (lib/check/check-now.ts), which must agree with this schema.
 */
export const checkNowSchema = z.strictObject({ type: z.literal('check-now') });
export type ProtocolSubject = z.infer<typeof subjectSchema>;
export type ProtocolReading = z.infer<typeof pageReadingSchema>;
export type ContentRequest = z.infer<typeof contentRequestSchema>;
export type ExtensionRequest = z.infer<typeof extensionRequestSchema>;
export type AnyRequest = ContentRequest | ExtensionRequest;
