import type { MessageEvidence } from './evidence';
import type { RequestCue } from './request-cues';

/**
 * Whether one message asks for money, and how loudly. The decision is made on evidence, not on a learned
 * weight: a strong request cue asks by itself; a weak cue asks beside a sum (in any currency), an account, a bank,
 * a wallet or the speaker's need for money (in this message or, in a thread, a neighbouring one); an account
 * number handed over unasked is a request to be paid. Notifications and warnings about the scam never ask. The score then grows with each extra piece of
 * evidence, so a request with an amount, an account, urgency and secrecy scores near 1.
 */
export interface ThreadContext {
  /** A request cue sits in a neighbouring message of the same sender. */
  requestNearby: boolean;
  /** A sum, account, bank or wallet sits in a neighbouring message of the same sender. */
  moneyNearby: boolean;
}

export interface Judgement {
  moneyRequest: boolean;
  score: number;
  /** The cues that made it a request (for highlights and signals). */
  cues: RequestCue[];
}

export const requestThreshold = 0.5;

export function hasMoneyObject(e: MessageEvidence): boolean {
  const c = e.context;
  return (
    e.amounts.length > 0 || e.accounts.length > 0 || e.banks.length > 0 || c.wallets.length > 0 || c.moneyNeed.length > 0 || c.foreignSums.length > 0
  );
}

export function isTalkAboutMoney(e: MessageEvidence): boolean {
  const c = e.context;
  return c.notification || c.warningTalk || c.feeTalk || c.readerPaid;
}

/** Request cues that survive the message's own setting (talk about money, public-finance vocabulary). */
export function usableCues(e: MessageEvidence): RequestCue[] {
  if (isTalkAboutMoney(e)) return [];
  return e.context.publicFinance ? e.requests.filter((c) => c.strength === 'strong') : e.requests;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function judgeMessage(e: MessageEvidence, thread?: ThreadContext): Judgement {
  const talk = isTalkAboutMoney(e);
  const cues = usableCues(e);
  const money = hasMoneyObject(e);
  const strong = cues.filter((c) => c.strength === 'strong');
  const weak = money || thread?.moneyNearby === true ? cues.filter((c) => c.strength === 'weak') : [];
  const handedAccount = !talk && e.accounts.length > 0;
  const suppliesRequest = !talk && money && thread?.requestNearby === true;
  const accepted = [...strong, ...weak].sort((a, b) => a.start - b.start);
  const moneyRequest = accepted.length > 0 || handedAccount || suppliesRequest;

  const has = {
    amount: e.amounts.length > 0,
    account: e.accounts.length > 0,
    bank: e.banks.length > 0 || e.context.wallets.length > 0,
    holder: e.holders.length > 0,
    urgency: e.context.urgency.length > 0,
    secrecy: e.context.secrecy.length > 0,
    cardOrOtp: e.context.cardOrOtp.length > 0 || cues.some((c) => c.cardOrOtp),
  };
  if (moneyRequest) {
    let score = strong.length > 0 ? 0.62 : weak.length > 0 ? 0.56 : 0.52;
    score += (has.amount ? 0.1 : 0) + (has.account ? 0.12 : 0) + (has.bank ? 0.05 : 0) + (has.holder ? 0.05 : 0);
    score += (has.urgency ? 0.08 : 0) + (has.secrecy ? 0.1 : 0) + (has.cardOrOtp ? 0.08 : 0);
    return { moneyRequest, score: round(Math.min(1, score)), cues: accepted };
  }
  let score = (e.requests.length > 0 ? 0.08 : 0) + (has.amount ? 0.1 : 0) + (has.account ? 0.1 : 0) + (has.bank ? 0.05 : 0);
  score += (has.urgency ? 0.05 : 0) + (has.secrecy ? 0.08 : 0) + (has.cardOrOtp ? 0.05 : 0) + (e.phones.length > 0 ? 0.03 : 0);
  score = Math.min(0.45, score) * (talk ? 0.5 : 1);
  return { moneyRequest, score: round(score), cues: [] };
}
