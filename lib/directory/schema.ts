import { z } from 'zod';

/**
 * Directory schema 1 (docs: ../shared/docs/product.md, "The directory"). A publisher's list of leaders, their
 * verified accounts and official phones, and the bank accounts and phones reported as scams.
 * Optional fields may be absent; unknown fields are ignored (zod strips them), so newer publishers can add
 * fields without breaking older extensions.
 */

const nonBlank = z.string().trim().min(1, 'must not be empty');
const isoInstant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time such as 2026-11-01T00:00:00Z' });
/** A phone as people write it: digits with optional +, spaces, dots, dashes and brackets. */
const phoneText = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .()-]{6,24}$/, 'must be a phone number (digits, optionally +84 and separators)')
  .refine((s) => (s.match(/[0-9]/g) ?? []).length >= 6, 'must hold at least 6 digits');

export const contactSchema = z.object({
  label: nonBlank,
  phone: phoneText.optional(),
  email: z.email().optional(),
  url: z.url().optional(),
});

export const publisherSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be lowercase letters, digits and dashes'),
  name: nonBlank,
  contacts: z.array(contactSchema).default([]),
});

export const photoSchema = z.object({
  pdq: z.string().regex(/^[0-9a-f]{64}$/i, 'must be 64 hexadecimal digits (a PDQ hash)'),
  quality: z.number().int().min(0).max(100),
});

export const platformSchema = z.enum(['facebook', 'zalo']);

export const accountSchema = z
  .object({
    platform: platformSchema,
    /** Facebook numeric id, or Zalo user id. */
    id: z.string().trim().min(1).optional(),
    /** Facebook vanity username (facebook.com/<username>). */
    username: z.string().trim().min(1).optional(),
    /** Zalo accounts are found by phone. */
    phone: phoneText.optional(),
  })
  .refine((a) => a.id !== undefined || a.username !== undefined || a.phone !== undefined, {
    message: 'an account needs an id, a username or a phone',
  });

export const leaderSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'must be letters, digits, dots, dashes or underscores'),
  name: nonBlank,
  aliases: z.array(nonBlank).default([]),
  title: nonBlank.optional(),
  organization: nonBlank.optional(),
  photos: z.array(photoSchema).default([]),
  accounts: z.array(accountSchema).default([]),
  phones: z.array(phoneText).default([]),
});

export const flaggedKindSchema = z.enum(['bank-account', 'phone', 'facebook', 'zalo']);

export const flaggedSchema = z.object({
  kind: flaggedKindSchema,
  value: nonBlank,
  /** NAPAS BIN or VietQR code of the bank, for bank accounts. */
  bank: z.string().trim().min(1).optional(),
  holder: z.string().trim().min(1).optional(),
  note: z.string().optional(),
});

export const directorySchema = z
  .object({
    schema: z.literal(1, { message: 'must be 1 (this extension reads directory schema 1)' }),
    publisher: publisherSchema,
    version: z.number().int().min(1),
    issuedAt: isoInstant,
    expiresAt: isoInstant.optional(),
    leaders: z.array(leaderSchema),
    flagged: z.array(flaggedSchema).default([]),
  })
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.leaders.forEach((leader, i) => {
      if (seen.has(leader.id)) {
        ctx.addIssue({ code: 'custom', path: ['leaders', i, 'id'], message: `duplicate leader id "${leader.id}"` });
      }
      seen.add(leader.id);
    });
    if (d.expiresAt !== undefined && Date.parse(d.expiresAt) <= Date.parse(d.issuedAt)) {
      ctx.addIssue({ code: 'custom', path: ['expiresAt'], message: 'must be later than issuedAt' });
    }
  });

export type Contact = z.infer<typeof contactSchema>;
export type Publisher = z.infer<typeof publisherSchema>;
export type LeaderPhoto = z.infer<typeof photoSchema>;
export type Platform = z.infer<typeof platformSchema>;
export type VerifiedAccount = z.infer<typeof accountSchema>;
export type Leader = z.infer<typeof leaderSchema>;
export type FlaggedKind = z.infer<typeof flaggedKindSchema>;
export type FlaggedEntry = z.infer<typeof flaggedSchema>;
export type LeaderDirectory = z.infer<typeof directorySchema>;
/** What a publisher writes: defaults not yet applied. */
export type LeaderDirectoryInput = z.input<typeof directorySchema>;
