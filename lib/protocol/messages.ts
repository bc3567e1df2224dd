import { z } from 'zod';

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

/** What a content script may ask: judge what its page shows; mark the account it shows as a mistake. */
export const contentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('judge-page'), url: z.url(), reading: pageReadingSchema }),
  z.object({ type: z.literal('mark-mistake'), subject: subjectSchema, leaderId: text(128).optional() }),
]);

/** What the extension's own pages (popup, options, admin) may ask, on top of what content scripts may. */
export const extensionRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('get-tab-verdict'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('list-mistakes') }),
  z.object({ type: z.literal('unmark-mistake'), accountKey: text(200) }),
  z.object({ type: z.literal('directory-status') }),
]);

export type ContentRequest = z.infer<typeof contentRequestSchema>;
export type ExtensionRequest = z.infer<typeof extensionRequestSchema>;
export type AnyRequest = ContentRequest | ExtensionRequest;
