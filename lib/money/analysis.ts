import type { MessageEvidence } from './evidence';
import { originalSpan } from './fold';
import type { Judgement } from './judge';
import type { AccountMention, Highlight, HighlightKind, MoneyAnalysis, MoneySignal, Span } from './types';

/** Turns the evidence and judgement of one message into the public MoneyAnalysis (original-text offsets). */
export function toAnalysis(e: MessageEvidence, j: Judgement): MoneyAnalysis {
  const marks: Highlight[] = [];
  const mark = (spans: readonly Span[], kind: HighlightKind): void => {
    for (const s of spans) marks.push({ ...originalSpan(e.folded, s.start, s.end), kind });
  };
  mark(j.cues, 'request');
  mark(e.context.cardOrOtp, 'request');
  mark(e.amounts, 'amount');
  mark(e.accounts, 'account');
  mark(e.banks, 'bank');
  mark(e.context.wallets, 'bank');
  mark(e.holders, 'holder');
  mark(e.context.urgency, 'urgency');
  mark(e.context.secrecy, 'secrecy');
  mark(e.phones.filter((p) => !e.accounts.some((a) => a.start <= p.start && p.end <= a.end)), 'phone');

  const signals: MoneySignal[] = [];
  const signal = (present: boolean, s: MoneySignal): void => {
    if (present) signals.push(s);
  };
  signal(j.cues.length > 0, 'request-verb');
  signal(e.amounts.length > 0, 'amount');
  signal(e.accounts.length > 0, 'bank-account');
  signal(e.banks.length > 0 || e.context.wallets.length > 0, 'bank-name');
  signal(e.holders.length > 0, 'holder');
  signal(e.context.urgency.length > 0, 'urgency');
  signal(e.context.secrecy.length > 0, 'secrecy');
  signal(e.context.cardOrOtp.length > 0 || j.cues.some((c) => c.cardOrOtp), 'card-or-otp');
  signal(e.phones.length > 0, 'phone');

  return {
    moneyRequest: j.moneyRequest,
    score: j.score,
    amounts: unique(e.amounts.map((a) => a.vnd)),
    accounts: accountMentions(e),
    phones: unique(e.phones.map((p) => p.phone)),
    highlights: withoutOverlaps(marks),
    signals,
  };
}

function accountMentions(e: MessageEvidence): AccountMention[] {
  const byNumber = new Map<string, AccountMention>();
  for (const a of e.accounts) {
    const known = byNumber.get(a.number) ?? { number: a.number };
    if (known.bank === undefined && a.bank !== undefined) known.bank = a.bank;
    if (known.holder === undefined && a.holder !== undefined) {
      const { start, end } = originalSpan(e.folded, a.holder.start, a.holder.end);
      known.holder = e.text.slice(start, end).trim();
    }
    byNumber.set(a.number, known);
  }
  return [...byNumber.values()];
}

export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Sorted by start; where two overlap the earlier (then longer) one wins, so a UI can paint them flat. */
export function withoutOverlaps(marks: readonly Highlight[]): Highlight[] {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Highlight[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (m.end <= m.start || (last !== undefined && m.start < last.end)) continue;
    kept.push(m);
  }
  return kept;
}
