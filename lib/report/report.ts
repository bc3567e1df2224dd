import { z } from 'zod';
import { locales } from '../i18n/locale';
import { wellFormed } from './text';

/**
 * A report of a suspected impersonation, as the user downloads it (JSON) and as the text and printable page are
 * made from. It is a finished document: the finding and the reasons are already sentences in the user's language
 * (the office that receives it reads them as written), next to the codes and values a tool can sort by.
 *
 * Everything in it came from the page or the check the user ran; nothing leaves the machine unless the user sends
 * it. The schema bounds what a hostile page could put in (lengths, counts) and is checked before any file is made.
 */
export const REPORT_FORMAT = 'cgd-report/1';

/**
 * Strings and lists are cut to these bounds, never refused for length: a page that shows a long name or many
 * amounts must not stop the report from being made. Only the screenshot is refused outright when it is not a
 * picture.
 */
const text = (max: number) => z.string().transform((s) => wellFormed(s.slice(0, max)));
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).transform((items) => items.slice(0, max));
const instant = z.iso.datetime({ offset: true });

export const reportRecipientSchema = z.object({
  label: text(300),
  phone: text(40).optional(),
  email: text(320).optional(),
  url: text(2048).optional(),
  /** Where the address comes from: the publisher of the directory that lists the leader, or the national list. */
  via: z.enum(['publisher', 'national']),
  publisher: text(300).optional(),
});

export const reportMessageSchema = z.object({
  sender: text(300).optional(),
  /** As the site showed it ("10:42", "Hôm qua 21:05"): sites show times in their own words. */
  time: text(100).optional(),
  text: text(4000),
  /** The parts that made the message suspicious (UTF-16 offsets into `text`). */
  marked: list(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }), 100),
});

export const reportSchema = z.object({
  format: z.literal(REPORT_FORMAT),
  createdAt: instant,
  locale: z.enum(locales),
  /** A warning on a page the extension read, or a check the user ran on the check page. */
  source: z.enum(['page', 'check']),
  finding: z.object({
    /** A verdict level (page) or a check outcome (check). */
    level: text(40),
    /** The level in a word ("NGUY HIỂM"), the one-sentence finding and what to do. */
    word: text(100),
    summary: text(1000),
    advice: text(1000).optional(),
    reasons: list(z.object({ code: text(60), text: text(1000) }), 50),
  }),
  suspect: z
    .object({
      name: text(300).optional(),
      platform: z.enum(['facebook', 'zalo']).optional(),
      id: text(64).optional(),
      username: text(120).optional(),
      phone: text(40).optional(),
      profileUrl: text(2048).optional(),
    })
    .optional(),
  leader: z
    .object({
      id: text(128),
      name: text(300),
      title: text(300).optional(),
      organization: text(300).optional(),
      phones: list(text(40), 20),
      /** Links (or handles) of the leader's verified accounts, from the directory. */
      verifiedAccounts: list(text(2048), 20),
    })
    .optional(),
  page: z.object({ url: text(4096), site: z.enum(['facebook', 'zalo']), kind: text(20), seenAt: instant }).optional(),
  /** What the user pasted on the check page. */
  checked: text(4000).optional(),
  messages: list(reportMessageSchema, 40),
  amounts: list(z.number().nonnegative(), 50),
  accounts: list(text(40), 50),
  sendTo: list(reportRecipientSchema, 30),
  screenshot: z
    .object({
      dataUrl: z
        .string()
        .max(8_000_000)
        .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, 'must be a base64 PNG or JPEG data URL'),
      takenAt: instant,
    })
    .optional(),
});

export type Report = z.output<typeof reportSchema>;
export type ReportRecipient = z.output<typeof reportRecipientSchema>;
export type ReportMessage = z.output<typeof reportMessageSchema>;
