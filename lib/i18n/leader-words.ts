import type { LeaderSummary } from '../verdict/types';
import type { Locale } from './locale';
import { t } from './translate';

/**
 * How a sentence names the leader: "Giám đốc Sở Tài chính tỉnh Quảng Trị Lê Quang Minh" in Vietnamese (title and
 * office before the name, as officials are addressed), "Lê Quang Minh (Giám đốc, Sở Tài chính tỉnh Quảng Trị)" in
 * English. Title and organisation are what make a staff member recognise whom the scammer pretends to be.
 */
export function leaderDesignation(leader: Pick<LeaderSummary, 'name' | 'title' | 'organization'>, locale: Locale): string {
  const office = [leader.title, leader.organization].filter((part): part is string => Boolean(part));
  if (locale === 'vi') return [...office, leader.name].join(' ');
  return office.length > 0 ? `${leader.name} (${office.join(', ')})` : leader.name;
}

/** "a, b hoặc c" / "a, b or c": the leader's phones, any of which will do. */
export function joinAlternatives(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t(locale, 'word.or')} ${items[items.length - 1]}`;
}
