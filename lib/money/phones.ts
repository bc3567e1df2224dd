import { phoneKey } from '../directory/phones';
import type { FoldedText } from './fold';
import type { Span } from './types';
import { allMatches } from './words';

/**
 * Vietnamese phone numbers in chat, for flagged-phone checks: mobiles 0[35789]x xxx xxxx (10 digits) and
 * landlines 02xx xxx xxxx (11 digits), with +84/84/0084 instead of the 0, in groups split by spaces, dots or dashes.
 */
export interface PhoneMention extends Span {
  /** National form 0xxxxxxxxx. */
  phone: string;
}

const sep = '[ .\\-]?';
const phoneRegex = new RegExp(
  `(?<![\\d+])(?:\\(?(?:\\+|00)?84\\)?${sep}|0)(?:[35789](?:${sep}\\d){8}|2(?:${sep}\\d){9})(?![\\d])`,
  'g',
);

export function findPhones(folded: FoldedText): PhoneMention[] {
  return allMatches(phoneRegex, folded.lower).map((m) => {
    const key = phoneKey(m[0]);
    return { start: m.index, end: m.index + m[0].length, phone: key.startsWith('0') ? key : `0${key}` };
  });
}

/** True for the digits of a Vietnamese mobile or landline number in national or international form. */
export function isPhoneShaped(digits: string): boolean {
  const national = phoneKey(digits);
  return /^0(?:[35789]\d{8}|2\d{9})$/.test(national);
}
