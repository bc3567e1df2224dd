import type { PageEvidence } from '../report/evidence';
import { MAX_REPORT_MESSAGES } from '../report/evidence';
import { levelRank } from '../verdict/levels';
import type { PageAnswer } from './service';

/** What the background keeps about a tab (storage.session): its place, the warning shown there and its evidence. */
export interface TabRecord {
  /** The page address and thread: the same place while the user stays in one chat or profile. */
  place: string;
  answer: Pick<PageAnswer, 'verdict' | 'dismissed' | 'siteOff'>;
  evidence?: PageEvidence;
}

/**
 * The record to keep when a new answer arrives: the louder warning of a place stays, as the banner keeps it
 * (components/page-guard/guard.ts), so the toolbar, the popup and a report say what the banner says even after
 * chattier messages or a virtualised list pushed the money request out of the page. The evidence of both answers in
 * one place is pooled, newest kept. A warning the user marked as a mistake, a new place, or the user turning the
 * site off takes over at once.
 */
export function keepLouder<T extends TabRecord>(previous: T | null, next: T): T {
  if (!previous || previous.place !== next.place || next.answer.siteOff) return next;
  const louder = next.answer.dismissed || previous.answer.dismissed || levelRank(next.answer.verdict.level) >= levelRank(previous.answer.verdict.level) ? next : previous;
  if (!previous.evidence || !next.evidence) return louder;
  const seen = new Set<string>();
  const messages = [...previous.evidence.messages, ...next.evidence.messages]
    .reverse()
    .filter((m) => {
      const key = `${m.sender ?? ''}|${m.time ?? ''}|${m.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_REPORT_MESSAGES)
    .reverse();
  return { ...louder, evidence: { ...louder.evidence!, messages } };
}
