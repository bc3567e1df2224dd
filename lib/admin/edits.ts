import type { FlaggedEntry, Leader, LeaderDirectory } from '../directory/schema';

/**
 * The admin page's edits to an open directory. Each returns a new directory and leaves the one given untouched,
 * so the opened (published) version stays available for the diff and nothing is lost when an edit is abandoned.
 */

/** Adds a leader, or replaces the one whose id was `originalId` (in place, so the list keeps its order). */
export function putLeader(directory: LeaderDirectory, leader: Leader, originalId?: string): LeaderDirectory {
  const index = originalId === undefined ? -1 : directory.leaders.findIndex((l) => l.id === originalId);
  const leaders = index === -1 ? [...directory.leaders, leader] : directory.leaders.map((l, i) => (i === index ? leader : l));
  return { ...directory, leaders };
}

export function removeLeader(directory: LeaderDirectory, id: string): LeaderDirectory {
  return { ...directory, leaders: directory.leaders.filter((l) => l.id !== id) };
}

/** Adds a flagged entry, or replaces the one at `index`. */
export function putFlagged(directory: LeaderDirectory, entry: FlaggedEntry, index?: number): LeaderDirectory {
  const inRange = index !== undefined && index >= 0 && index < directory.flagged.length;
  const flagged = inRange ? directory.flagged.map((f, i) => (i === index ? entry : f)) : [...directory.flagged, entry];
  return { ...directory, flagged };
}

export function removeFlagged(directory: LeaderDirectory, index: number): LeaderDirectory {
  return { ...directory, flagged: directory.flagged.filter((_, i) => i !== index) };
}

/** Lowercase, without Vietnamese marks (đ as d), spaces collapsed: what a search box compares. */
export function searchFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const digits = (s: string): string => s.replace(/\D/g, '');

function leaderWords(leader: Leader): string[] {
  return [
    leader.id,
    leader.name,
    ...leader.aliases,
    leader.title ?? '',
    leader.organization ?? '',
    ...leader.accounts.flatMap((a) => [a.id ?? '', a.username ?? '', a.phone ?? '']),
    ...leader.phones,
  ];
}

/** Leaders whose name, aliases, title, organisation, account or phone contain every word of the query. */
export function searchLeaders(leaders: readonly Leader[], query: string): Leader[] {
  const words = searchFold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...leaders];
  return leaders.filter((leader) => {
    const haystack = leaderWords(leader).map(searchFold).join(' | ');
    const numbers = leaderWords(leader).map(digits).join(' ');
    return words.every((w) => haystack.includes(w) || (/^\d{3,}$/.test(digits(w)) && digits(w) === w && numbers.includes(w)));
  });
}

/** Flagged entries whose value, bank, holder or note contain every word of the query; with their index. */
export function searchFlagged(flagged: readonly FlaggedEntry[], query: string): { entry: FlaggedEntry; index: number }[] {
  const words = searchFold(query).split(' ').filter(Boolean);
  return flagged
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => {
      const haystack = searchFold([entry.kind, entry.value, digits(entry.value), entry.bank ?? '', entry.holder ?? '', entry.note ?? ''].join(' | '));
      return words.every((w) => haystack.includes(w));
    });
}
