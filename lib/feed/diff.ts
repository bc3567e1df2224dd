import { phoneKey } from '../directory/phones';
import type { FlaggedEntry, Leader, LeaderDirectory } from '../directory/schema';

/**
 * What changed between two versions of a directory, for a publisher to review before signing and for the admin
 * page: leaders added, removed and changed (naming the changed fields), and flagged entries added, removed and
 * changed. Both directories are parsed schema 1 (defaults applied), so an absent list and an empty one are equal.
 */
export interface DirectoryDiff {
  from: { publisher: string; version: number };
  to: { publisher: string; version: number };
  /** Top-level fields that differ: publisher (name, contacts), issuedAt, expiresAt. */
  changedFields: string[];
  leaders: {
    added: string[];
    removed: string[];
    changed: { id: string; fields: string[] }[];
  };
  flagged: {
    added: FlaggedEntry[];
    removed: FlaggedEntry[];
    changed: { before: FlaggedEntry; after: FlaggedEntry }[];
  };
}

const leaderFields = ['name', 'aliases', 'title', 'organization', 'photos', 'accounts', 'phones'] as const satisfies readonly (keyof Leader)[];

/** A stable text for a value: object keys in sorted order, so key order in the file does not count as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** Flagged entries are the same entry when kind and value match (phones compared by digits, accounts by digits). */
function flaggedKey(entry: FlaggedEntry): string {
  const value =
    entry.kind === 'phone' || entry.kind === 'zalo'
      ? phoneKey(entry.value)
      : entry.kind === 'bank-account'
        ? `${entry.value.replace(/[^0-9A-Za-z]/g, '')}@${entry.bank ?? ''}`
        : entry.value.trim().toLowerCase();
  return `${entry.kind}:${value}`;
}

export function diffDirectories(before: LeaderDirectory, after: LeaderDirectory): DirectoryDiff {
  const oldLeaders = new Map(before.leaders.map((l) => [l.id, l]));
  const newLeaders = new Map(after.leaders.map((l) => [l.id, l]));
  const changed: { id: string; fields: string[] }[] = [];
  for (const [id, leader] of newLeaders) {
    const old = oldLeaders.get(id);
    if (!old) continue;
    const fields = leaderFields.filter((f) => canonical(old[f]) !== canonical(leader[f]));
    if (fields.length > 0) changed.push({ id, fields });
  }

  const oldFlagged = new Map(before.flagged.map((f) => [flaggedKey(f), f]));
  const newFlagged = new Map(after.flagged.map((f) => [flaggedKey(f), f]));
  const flaggedChanged: { before: FlaggedEntry; after: FlaggedEntry }[] = [];
  for (const [key, entry] of newFlagged) {
    const old = oldFlagged.get(key);
    if (old && canonical(old) !== canonical(entry)) flaggedChanged.push({ before: old, after: entry });
  }

  const changedFields = [
    canonical(before.publisher) !== canonical(after.publisher) && 'publisher',
    before.issuedAt !== after.issuedAt && 'issuedAt',
    before.expiresAt !== after.expiresAt && 'expiresAt',
  ].filter((f): f is string => typeof f === 'string');

  return {
    from: { publisher: before.publisher.id, version: before.version },
    to: { publisher: after.publisher.id, version: after.version },
    changedFields,
    leaders: {
      added: after.leaders.filter((l) => !oldLeaders.has(l.id)).map((l) => l.id),
      removed: before.leaders.filter((l) => !newLeaders.has(l.id)).map((l) => l.id),
      changed,
    },
    flagged: {
      added: after.flagged.filter((f) => !oldFlagged.has(flaggedKey(f))),
      removed: before.flagged.filter((f) => !newFlagged.has(flaggedKey(f))),
      changed: flaggedChanged,
    },
  };
}
