import type { BankMention } from './banks';
import type { FoldedText } from './fold';
import { isPhoneShaped } from './phones';
import type { BankRef, Span } from './types';
import { allMatches } from './words';

/**
 * Bank account numbers: runs of 6 to 19 digits, possibly grouped by spaces, dots or dashes ("0123 4567 89"),
 * that something marks as an account: a label before it (STK, TK, số tài khoản, "vào", "qua"), or a bank named
 * right before or after it. Dates, times and amounts are masked first. A number shaped like a phone counts only
 * with an explicit account label or bank beside it, since MB, Techcombank and MoMo issue phone-number accounts.
 */
export interface AccountSpan extends Span {
  number: string;
  bank?: BankRef;
}

const dateOrTime = /(?=\d)(?<!\d)(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}[/\-]\d{1,2}|\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?)(?!\d)/g;
const digitRun = /(?=\d)(?<![\d])\d(?:[ .\-]?\d){5,22}(?![\d])/g;
const accountLabel =
  /(?:stk|so\s*tk|so\s*tai\s*khoan|tai\s*khoan(?:\s*so)?|tk(?:nh)?(?:\s*so)?|acc(?:ount)?|so\s*the|the\s*atm)(?![a-z])[^0-9\n]{0,18}$/;
const looseLabel = /(?:vao|qua|sang|toi|den|so|ck|chuyen\s*khoan)\s*[:\-]?\s*$/;
const phoneLabel = /(?:sdt|so\s*dien\s*thoai|dien\s*thoai|dt|phone|hotline|goi|zalo|lien\s*he)[^0-9\n]{0,12}$/;

function maskSpans(source: string, spans: readonly Span[]): string {
  let out = source;
  for (const s of spans) out = out.slice(0, s.start) + '#'.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

const longDigitRun = /\d(?:[ .\-]?\d){5}/;

/**
 * The bank named nearest to the number, within a short distance on either side, with no other long number
 * between them: in "chuyển 3.500.000 vào tài khoản 2145678901 Sacombank" the bank belongs to the second number.
 */
function nearestBank(banks: readonly BankMention[], masked: string, start: number, end: number): BankMention | undefined {
  let best: BankMention | undefined;
  let bestGap = Infinity;
  for (const b of banks) {
    const gap = b.end <= start ? start - b.end : b.start >= end ? b.start - end : 0;
    if (gap > 0 && longDigitRun.test(b.end <= start ? masked.slice(b.end, start) : masked.slice(end, b.start))) continue;
    if (gap < bestGap && gap <= 40) {
      best = b;
      bestGap = gap;
    }
  }
  return best;
}

/** `maskedAmounts`: amounts written with a unit or currency, which can never be account digits. */
export function findAccounts(folded: FoldedText, banks: readonly BankMention[], maskedAmounts: readonly Span[]): AccountSpan[] {
  const { lower } = folded;
  if (!/\d(?:[ .\-]?\d){5}/.test(lower)) return [];
  const dates = allMatches(dateOrTime, lower).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const masked = maskSpans(lower, [...dates, ...maskedAmounts]);
  const found: AccountSpan[] = [];
  for (const m of allMatches(digitRun, masked)) {
    const raw = m[0].replace(/[ .\-]+$/, '');
    const number = raw.replace(/\D/g, '');
    if (number.length < 6 || number.length > 19) continue;
    const start = m.index;
    const end = start + raw.length;
    const before = lower.slice(Math.max(0, start - 28), start);
    const bank = nearestBank(banks, masked, start, end);
    const labelled = accountLabel.test(before) || bank !== undefined;
    if (phoneLabel.test(before) && !accountLabel.test(before)) continue;
    if (isPhoneShaped(number) ? !labelled : !(labelled || (number.length >= 8 && looseLabel.test(before)))) continue;
    found.push(bank === undefined ? { start, end, number } : { start, end, number, bank: bank.bank });
  }
  return found;
}
