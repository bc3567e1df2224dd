import type { AccountIndex } from '../directory/index-accounts';
import { reportedBankAccount, reportedPhone } from './flagged-reasons';
import type { Reason } from './types';

/**
 * Digit runs anywhere in a message, checked against the directory's reported bank accounts and phones.
 * This does not rely on the money detector finding an account "near a bank word": a reported number is
 * damning wherever it stands. Separators inside a number (spaces, dots, dashes) are common in chat.
 */
const digitRun = /(?:\+?\d[\d .-]{4,22}\d)/g;

export function flaggedMentions(texts: readonly string[], accounts: AccountIndex): Reason[] {
  const reasons: Reason[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(digitRun)) {
      const raw = match[0];
      // A run like "0912 345 678 và 1234567890" glues numbers together; try the whole run and its space-separated parts.
      const candidates = new Set([raw, ...raw.split(/\s+/)]);
      for (const candidate of candidates) {
        const digits = candidate.replace(/[^0-9]/g, '');
        if (digits.length < 6 || seen.has(digits)) continue;
        const bank = accounts.flaggedBankAccount(digits);
        if (bank) {
          seen.add(digits);
          reasons.push(reportedBankAccount(bank));
          continue;
        }
        const phone = accounts.flaggedPhone(candidate);
        if (phone) {
          seen.add(digits);
          reasons.push(reportedPhone(phone));
        }
      }
    }
  }
  return reasons;
}
