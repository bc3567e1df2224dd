import type { MessageEvidence } from './evidence';
import { originalSpan } from './fold';
import type { Judgement } from './judge';
import type { AccountMention, Highlight, HighlightKind, MoneyAnalysis, MoneySignal, Span } from './types';

/** Turns the evidence and judgement of one message into the public MoneyAnalysis (original-text offsets). */
export function toAnalysis(e: MessageEvidence, j: Judgement): MoneyAnalysis {
  const marks: Highlight[] = [];
  addMarks(marks, e, j.cues, 'request');
  addMarks(marks, e, e.context.cardOrOtp, 'request');
  addMarks(marks, e, e.amounts, 'amount');
  addMarks(marks, e, e.accounts, 'account');
  addMarks(marks, e, e.banks, 'bank');
  addMarks(marks, e, e.context.wallets, 'bank');
  addMarks(marks, e, e.holders, 'holder');
  addMarks(marks, e, e.context.urgency, 'urgency');
  addMarks(marks, e, e.context.secrecy, 'secrecy');
  addMarks(marks, e, e.phones.filter((p) => !e.accounts.some((a) => a.start <= p.start && p.end <= a.end)), 'phone');

  const signals: MoneySignal[] = [];
  if (j.cues.length > 0) signals.push('request-verb');
  if (e.amounts.length > 0) signals.push('amount');
  if (e.accounts.length > 0) signals.push('bank-account');
  if (e.banks.length > 0 || e.context.wallets.length > 0) signals.push('bank-name');
  if (e.holders.length > 0) signals.push('holder');
  if (e.context.urgency.length > 0) signals.push('urgency');
  if (e.context.secrecy.length > 0) signals.push('secrecy');
  if (e.context.cardOrOtp.length > 0 || j.cues.some((c) => c.cardOrOtp)) signals.push('card-or-otp');
  if (e.phones.length > 0) signals.push('phone');

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

function addMarks(marks: Highlight[], e: MessageEvidence, spans: readonly Span[], kind: HighlightKind): void {
  for (const s of spans) marks.push({ ...originalSpan(e.folded, s.start, s.end), kind });
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
