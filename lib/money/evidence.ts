import { findAccounts, type AccountSpan } from './accounts';
import { findAmounts, type AmountMention } from './amounts';
import { findBankMentions, isBankWord, type BankMention } from './banks';
import { findContextCues, type ContextCues } from './context-cues';
import { foldText, type FoldedText } from './fold';
import { capitalsAfter, findLabelledHolders } from './holders';
import { findPhones, type PhoneMention } from './phones';
import { findRequestCues, type RequestCue } from './request-cues';
import type { Span } from './types';
import { findCodeRequests } from './verification-codes';

/** Everything found in one message, in folded offsets, before any judgement. */
export interface MessageEvidence {
  text: string;
  folded: FoldedText;
  amounts: AmountMention[];
  banks: BankMention[];
  accounts: Array<AccountSpan & { holder?: Span }>;
  holders: Span[];
  phones: PhoneMention[];
  requests: RequestCue[];
  context: ContextCues;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const holderReach = 80;

export function readMessage(text: string): MessageEvidence {
  const folded = foldText(text);
  const banks = findBankMentions(folded);
  const allAmounts = findAmounts(folded);
  const withUnit = allAmounts.filter((a) => /[a-z]/.test(folded.lower.slice(a.start, a.end)));
  const found = findAccounts(folded, banks, withUnit);
  // A labelled "123.456.789" is an account, not a sum.
  const amounts = allAmounts.filter((a) => !found.some((acc) => overlaps(a, acc)));
  const bankOnly = banks.filter((b) => !amounts.some((a) => overlaps(a, b)));
  const accounts: MessageEvidence['accounts'] = found.map((acc) => {
    const next = bankOnly.find((b) => b.start >= acc.end && folded.lower.slice(acc.end, b.start).trim().length <= 3);
    const holder = capitalsAfter(folded, next?.end ?? acc.end, isBankWord);
    return holder === undefined ? { ...acc } : { ...acc, holder };
  });
  const holders = [...accounts.flatMap((a) => (a.holder ? [a.holder] : []))];
  for (const h of findLabelledHolders(folded)) {
    if (holders.some((k) => overlaps(k, h))) continue;
    holders.push(h);
    const before = [...accounts].reverse().find((a) => a.holder === undefined && a.end <= h.start && h.start - a.end <= holderReach);
    const after = accounts.find((a) => a.holder === undefined && a.start >= h.end && a.start - h.end <= holderReach);
    const owner = before ?? after;
    if (owner !== undefined) owner.holder = h;
  }
  return {
    text,
    folded,
    amounts,
    banks: bankOnly,
    accounts,
    holders: holders.sort((a, b) => a.start - b.start),
    phones: findPhones(folded),
    requests: [...findRequestCues(text, folded, amounts.map((a) => a.start)), ...findCodeRequests(text, folded)].sort(
      (a, b) => a.start - b.start,
    ),
    context: findContextCues(text, folded),
  };
}
