import { toAnalysis, unique, withoutOverlaps } from './analysis';
import { readMessage, type MessageEvidence } from './evidence';
import { hasMoneyObject, isTalkAboutMoney, judgeMessage, usableCues } from './judge';
import type { AccountMention, MoneyAnalysis, MoneySignal } from './types';

/** Does this one chat message ask for money? With the amounts, accounts, phones and highlighted evidence. */
export function analyzeMessage(text: string): MoneyAnalysis {
  const evidence = readMessage(text);
  return toAnalysis(evidence, judgeMessage(evidence));
}

/**
 * How far, in messages of the same sender, a request and its money can be apart and still be one request:
 * "chuyển giúp anh 20tr" / "stk 0123456789 vcb" / "chủ tk NGUYEN VAN B".
 */
const threadReach = 3;

/**
 * Messages of one sender in order. Context carries across messages: a bare "stk 0123456789 vcb" after
 * "chuyển giúp anh 20tr" is part of the request. Highlights of the whole are offsets into texts.join('\n').
 */
export function analyzeThread(texts: string[]): MoneyAnalysis & { perMessage: MoneyAnalysis[] } {
  const evidence = texts.map(readMessage);
  const near = (i: number, test: (e: MessageEvidence) => boolean): boolean =>
    evidence.some((e, j) => j !== i && Math.abs(j - i) <= threadReach && !isTalkAboutMoney(e) && test(e));
  const perMessage = evidence.map((e, i) =>
    toAnalysis(
      e,
      judgeMessage(e, {
        requestNearby: near(i, (n) => usableCues(n).length > 0),
        moneyNearby: near(i, hasMoneyObject),
      }),
    ),
  );
  return { ...combine(perMessage, texts), perMessage };
}

function combine(perMessage: readonly MoneyAnalysis[], texts: readonly string[]): MoneyAnalysis {
  const moneyRequest = perMessage.some((m) => m.moneyRequest);
  const signals = unique(perMessage.flatMap((m) => m.signals));
  let score = Math.max(0, ...perMessage.map((m) => m.score));
  // Hurry or secrecy said in another message than the request still belongs to it.
  if (moneyRequest) {
    const best = perMessage.reduce((a, b) => (b.score > a.score ? b : a));
    for (const [s, bonus] of [['urgency', 0.08], ['secrecy', 0.1], ['bank-account', 0.12], ['amount', 0.1]] as const) {
      if (signals.includes(s) && !best.signals.includes(s as MoneySignal)) score += bonus;
    }
    score = Math.min(1, Math.round(score * 1000) / 1000);
  }
  let offset = 0;
  const highlights = perMessage.flatMap((m, i) => {
    const shifted = m.highlights.map((h) => ({ ...h, start: h.start + offset, end: h.end + offset }));
    offset += texts[i]!.length + 1;
    return shifted;
  });
  return {
    moneyRequest,
    score,
    amounts: unique(perMessage.flatMap((m) => m.amounts)),
    accounts: mergeAccounts(perMessage.flatMap((m) => m.accounts)),
    phones: unique(perMessage.flatMap((m) => m.phones)),
    highlights: withoutOverlaps(highlights),
    signals,
  };
}

function mergeAccounts(accounts: readonly AccountMention[]): AccountMention[] {
  const byNumber = new Map<string, AccountMention>();
  for (const a of accounts) {
    const known = byNumber.get(a.number);
    byNumber.set(a.number, known === undefined ? { ...a } : { ...a, ...known, bank: known.bank ?? a.bank, holder: known.holder ?? a.holder });
  }
  return [...byNumber.values()].map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as unknown as AccountMention);
}
