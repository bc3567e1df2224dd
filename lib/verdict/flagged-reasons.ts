import type { PublishedFlag } from '../directory/index-accounts';
import type { Reason } from './types';

/** The reasons a reported value gives, each naming the publishers that reported it (whom a report goes to). */
export const reportedBankAccount = (flag: PublishedFlag): Reason => ({
  code: 'flagged-bank-account',
  value: flag.value,
  bank: flag.bank,
  holder: flag.holder,
  note: flag.note,
  reportedBy: flag.reportedBy,
});

export const reportedPhone = (flag: PublishedFlag): Reason => ({ code: 'flagged-phone', value: flag.value, note: flag.note, reportedBy: flag.reportedBy });

export const reportedSender = (flag: PublishedFlag): Reason => ({ code: 'flagged-sender', value: flag.value, note: flag.note, reportedBy: flag.reportedBy });

/** The publishers that reported any value among these reasons, in order of first mention. */
export function reportingPublishers(reasons: readonly { code: string; reportedBy?: readonly string[] }[]): string[] {
  return [...new Set(reasons.flatMap((r) => r.reportedBy ?? []))];
}
