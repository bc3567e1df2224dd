import type { FlaggedEntry, Leader, LeaderDirectory, Platform } from './schema';
import { phoneKey } from './phones';

/** A leader together with the publisher that vouches for them (several provinces' directories are merged). */
export interface PublishedLeader {
  leader: Leader;
  publisherId: string;
}

/** A reported value with the publishers whose directories list it, so a report goes to the offices that know it. */
export type PublishedFlag = FlaggedEntry & { reportedBy: string[] };

/**
 * Exact lookups over one or more directories: verified accounts by platform id, username and phone, official
 * phones, and flagged values. Keys are normalised so the page's spelling does not matter
 * (usernames are case-insensitive on Facebook; phones compare by digits).
 */
export interface AccountIndex {
  leaderById(id: string): PublishedLeader | undefined;
  /** The leader whose verified account this is, if any. */
  verifiedOwner(account: { platform: Platform; id?: string; username?: string; phone?: string }): PublishedLeader | undefined;
  flaggedBankAccount(digits: string): PublishedFlag | undefined;
  flaggedPhone(phone: string): PublishedFlag | undefined;
  flaggedSender(account: { platform: Platform; id?: string; username?: string; phone?: string }): PublishedFlag | undefined;
  leaders(): PublishedLeader[];
}

const accountKey = (platform: Platform, kind: 'id' | 'username' | 'phone', value: string): string =>
  `${platform}:${kind}:${kind === 'phone' ? phoneKey(value) : value.trim().toLowerCase()}`;

function senderKeys(account: { platform: Platform; id?: string; username?: string; phone?: string }): string[] {
  const keys: string[] = [];
  if (account.id) keys.push(accountKey(account.platform, 'id', account.id));
  if (account.username) keys.push(accountKey(account.platform, 'username', account.username));
  if (account.phone) keys.push(accountKey(account.platform, 'phone', account.phone));
  return keys;
}

export function createAccountIndex(directories: readonly LeaderDirectory[]): AccountIndex {
  const byId = new Map<string, PublishedLeader>();
  const byAccount = new Map<string, PublishedLeader>();
  const flaggedBank = new Map<string, PublishedFlag>();
  const flaggedPhones = new Map<string, PublishedFlag>();
  const flaggedSenders = new Map<string, PublishedFlag>();
  // Several publishers may report the same value: the first one's entry is shown, and every one of them is told.
  const flag = (map: Map<string, PublishedFlag>, key: string, entry: FlaggedEntry, publisherId: string) => {
    const known = map.get(key);
    if (!known) map.set(key, { ...entry, reportedBy: [publisherId] });
    else if (!known.reportedBy.includes(publisherId)) known.reportedBy.push(publisherId);
  };

  for (const directory of directories) {
    const publisherId = directory.publisher.id;
    for (const leader of directory.leaders) {
      const published = { leader, publisherId };
      // Two publishers may list the same id; the first keeps it and both stay matchable by account.
      if (!byId.has(leader.id)) byId.set(leader.id, published);
      for (const account of leader.accounts) {
        for (const key of senderKeys(account)) byAccount.set(key, published);
        // A Zalo account is found by its phone; Zalo also shows the phone as the "id" some pages carry.
        if (account.platform === 'zalo' && account.phone) byAccount.set(accountKey('zalo', 'id', phoneKey(account.phone)), published);
      }
    }
    for (const entry of directory.flagged) {
      switch (entry.kind) {
        case 'bank-account':
          flag(flaggedBank, entry.value.replace(/[^0-9]/g, ''), entry, publisherId);
          break;
        case 'phone':
          flag(flaggedPhones, phoneKey(entry.value), entry, publisherId);
          break;
        case 'facebook':
          flag(flaggedSenders, accountKey('facebook', 'id', entry.value), entry, publisherId);
          flag(flaggedSenders, accountKey('facebook', 'username', entry.value), entry, publisherId);
          break;
        case 'zalo':
          flag(flaggedSenders, accountKey('zalo', 'phone', entry.value), entry, publisherId);
          flag(flaggedSenders, accountKey('zalo', 'id', entry.value), entry, publisherId);
          break;
      }
    }
  }

  const firstHit = <T>(map: Map<string, T>, keys: string[]): T | undefined => {
    for (const key of keys) {
      const hit = map.get(key);
      if (hit !== undefined) return hit;
    }
    return undefined;
  };

  return {
    leaderById: (id) => byId.get(id),
    verifiedOwner: (account) => firstHit(byAccount, senderKeys(account)),
    flaggedBankAccount: (digits) => flaggedBank.get(digits.replace(/[^0-9]/g, '')),
    flaggedPhone: (phone) => flaggedPhones.get(phoneKey(phone)),
    flaggedSender: (account) => firstHit(flaggedSenders, senderKeys(account)),
    leaders: () => [...byId.values()],
  };
}
