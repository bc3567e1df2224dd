import type { PublishedLeader } from '../directory/index-accounts';
import { phoneKey } from '../directory/phones';
import { isPhoneShaped } from '../money/phones';
import type { DetectionEngine } from '../verdict/engine';
import { reportedBankAccount, reportedPhone, reportedSender } from '../verdict/flagged-reasons';
import { judgeConversation } from '../verdict/judge';
import type { LeaderSummary, MessageHighlight, Reason } from '../verdict/types';
import { classifyInput, mayBeName, type CheckInput } from './classify';

/**
 * The answer to "Kiểm tra": what the pasted text is, what the directory says about it, and why.
 * `verified`: a leader's verified account or official phone. `reported`: listed as used by scammers.
 * `imitation`: a name disguised as a leader's. `namesake`: a leader's name, which proves nothing by itself.
 * `money-request`: a message asking for money. `not-found`: nothing in the directory (which is not a clean bill).
 */
export type CheckOutcome = 'verified' | 'reported' | 'imitation' | 'namesake' | 'money-request' | 'not-found' | 'not-checkable' | 'empty';

/**
 * The verdict's reasons, plus two a page never gives: this number is a leader's official phone, or it was pasted
 * with a leader's name and is not one of that leader's numbers (a contact card with a new number: the classic scam).
 */
export type CheckReason = Reason | { code: 'official-phone'; value: string } | { code: 'unlisted-phone'; value: string; leader: string };

export interface CheckResult {
  input: CheckInput;
  outcome: CheckOutcome;
  /** The leader the text belongs to or imitates, with their verified accounts and phones. */
  leader: LeaderSummary | null;
  reasons: CheckReason[];
  /** For a message: the money-request phrases, amounts and accounts to highlight (UTF-16 offsets). */
  highlights: Omit<MessageHighlight, 'messageIndex'>[];
  /** For a name: how close it is to the leader's (0..1). */
  nameScore?: number;
}

export function checkText(engine: DetectionEngine, text: string): CheckResult {
  return checkInput(engine, classifyInput(text));
}

export function checkInput(engine: DetectionEngine, input: CheckInput): CheckResult {
  const base = { input, leader: null, reasons: [], highlights: [] };
  switch (input.kind) {
    case 'empty':
      return { ...base, outcome: 'empty' };
    case 'other-link':
      return { ...base, outcome: 'not-checkable' };
    case 'facebook-profile':
    case 'messenger-chat':
      return checkAccount(engine, input, { platform: 'facebook', id: input.id, username: input.kind === 'facebook-profile' ? input.username : undefined });
    case 'zalo-link':
      return checkPhone(engine, input, input.phone);
    case 'phone':
      return input.name === undefined ? checkPhone(engine, input, input.phone) : checkNamedPhone(engine, input, input.phone, input.name);
    case 'bank-account':
      return checkBankAccount(engine, input, input.number);
    case 'name':
      return checkName(engine, input, input.name);
    case 'message': {
      // The sender is unknown here: only what the message says counts (money asked for, reported numbers).
      const verdict = judgeConversation(engine, { sender: { platform: 'facebook' }, messages: [input.text] });
      const reported = verdict.reasons.some((r) => r.code === 'flagged-bank-account' || r.code === 'flagged-phone');
      const asks = verdict.reasons.some((r) => r.code === 'asks-for-money');
      const message: CheckResult = {
        ...base,
        outcome: reported ? 'reported' : asks ? 'money-request' : 'not-found',
        reasons: verdict.reasons,
        highlights: verdict.highlights.map(({ start, end, kind }) => ({ start, end, kind })),
      };
      // "TS. Lê Quang Minh", "Lê Quang Minh 2": a short line may be a display name the page banner would judge.
      if (!mayBeName(input.text)) return message;
      const named = checkName(engine, input, input.text);
      if (readsAsDisplayName(named)) return louder(message, named);
      // Not a display name, but a reported number next to a leader's name says whom the scam uses.
      return message.outcome === 'reported' && named.leader ? { ...message, leader: named.leader } : message;
    }
  }
}

/**
 * Whether a short pasted line judged as a name reads as a display name rather than a chat line that starts with
 * one: what the matcher found around the name must be titles, offices, look-alike letters, or decoration a fake
 * account adds ("2", "1975", "P.GĐ"). Ordinary words ("Lê Quang Minh: mai họp nhé", "…, 45 tuổi") or a phone
 * number (the leader's real contact card) mean the line is about the leader, not pretending to be them.
 */
function readsAsDisplayName(named: CheckResult): boolean {
  return named.reasons.every((reason) => reason.code !== 'disguised-name' || reason.tag !== 'decoration' || isNameDecoration(reason.found));
}

/** A short number or an abbreviation in capitals: what fake accounts put next to a leader's name. */
const isNameDecoration = (found: string): boolean => /^\d{1,4}$/.test(found) || /^[\p{Lu}\d]{1,5}(?:[\s./-][\p{Lu}\d]{1,5})?$/u.test(found);

function checkName(engine: DetectionEngine, input: CheckInput, name: string): CheckResult {
  const verdict = judgeConversation(engine, { sender: { platform: 'facebook', name }, messages: [] });
  const outcome = verdict.level === 'lookalike' ? 'imitation' : verdict.level === 'namesake' ? 'namesake' : 'not-found';
  return { input, outcome, leader: verdict.leader, reasons: verdict.reasons, highlights: [], nameScore: verdict.nameScore };
}

/**
 * A leader's name with a number: the number speaks first when it is the leader's own (verified), else the louder
 * of the name and the number, still naming the leader a reported number pretends to be.
 */
function checkNamedPhone(engine: DetectionEngine, input: CheckInput, phone: string, name: string): CheckResult {
  const number = checkPhone(engine, input, phone);
  if (number.outcome === 'verified') return number;
  const named = leaderNamedFirst(engine, input, name);
  const result = louder(number, named);
  if (!named.leader) return result;
  return { ...result, reasons: [{ code: 'unlisted-phone', value: phone, leader: named.leader.name }, ...result.reasons] };
}

/**
 * The words pasted with a number judged as a name; when they are a name and a sentence ("Lê Quang Minh mới đổi số",
 * the leader "has a new number", the classic opening), the name at their start, read without the rest.
 */
function leaderNamedFirst(engine: DetectionEngine, input: CheckInput, words: string): CheckResult {
  const whole = checkName(engine, input, words);
  if (whole.leader) return whole;
  const tokens = words.split(/\s+/).filter(Boolean);
  // The shortest start that names a leader: the name itself, before the sentence's words read as decoration.
  for (let k = 2; k < tokens.length; k++) {
    const start = checkName(engine, input, tokens.slice(0, k).join(' '));
    if (start.leader) return start;
  }
  return whole;
}

/**
 * From calm to loud; a check that runs two judgements (name and number, name and message) keeps the louder.
 * `verified` never meets another judgement (a leader's own number is answered alone) but is ranked for safety.
 */
const loudness: CheckOutcome[] = ['empty', 'not-checkable', 'not-found', 'namesake', 'money-request', 'imitation', 'reported', 'verified'];

function louder(first: CheckResult, second: CheckResult): CheckResult {
  const [loud, quiet] = loudness.indexOf(second.outcome) > loudness.indexOf(first.outcome) ? [second, first] : [first, second];
  const { nameScore: _, ...rest } = loud;
  // A name score says something only when the name matched a leader (a message's words rarely do).
  const nameScore = [first, second].find((r) => r.leader && r.nameScore !== undefined)?.nameScore;
  return {
    ...rest,
    leader: loud.leader ?? quiet.leader,
    reasons: [...loud.reasons, ...quiet.reasons],
    highlights: [...first.highlights, ...second.highlights],
    ...(nameScore !== undefined ? { nameScore } : {}),
  };
}

type Account = { platform: 'facebook' | 'zalo'; id?: string; username?: string; phone?: string };

function checkAccount(engine: DetectionEngine, input: CheckInput, account: Account): CheckResult {
  const owner = engine.accounts.verifiedOwner(account);
  if (owner) return { input, outcome: 'verified', leader: summarize(owner), reasons: [{ code: 'verified-account', platform: account.platform }], highlights: [] };
  const flagged = engine.accounts.flaggedSender(account);
  if (flagged) return { input, outcome: 'reported', leader: null, reasons: [reportedSender(flagged)], highlights: [] };
  return { input, outcome: 'not-found', leader: null, reasons: [], highlights: [] };
}

function checkPhone(engine: DetectionEngine, input: CheckInput, phone: string): CheckResult {
  const account = checkAccount(engine, input, { platform: 'zalo', phone });
  if (account.outcome !== 'not-found') return account;
  for (const published of engine.accounts.leaders()) {
    // Said as the directory writes it ("0233 3812 345"), the way the leader's office gives it out.
    const written = published.leader.phones.find((p) => phoneKey(p) === phoneKey(phone));
    if (written) return { input, outcome: 'verified', leader: summarize(published), reasons: [{ code: 'official-phone', value: written }], highlights: [] };
  }
  const reasons: CheckReason[] = [];
  const flaggedPhone = engine.accounts.flaggedPhone(phone);
  if (flaggedPhone) reasons.push(reportedPhone(flaggedPhone));
  // Many banks let the phone number be the account number.
  const flaggedBank = engine.accounts.flaggedBankAccount(phone);
  if (flaggedBank) reasons.push(reportedBankAccount(flaggedBank));
  return { input, outcome: reasons.length > 0 ? 'reported' : 'not-found', leader: null, reasons, highlights: [] };
}

/**
 * Banks let the phone number be the account number ("MB 0987654321"), so a phone-shaped account is also looked up
 * as a reported phone and a reported Zalo. Never as a leader's phone: anyone can open an account with a chosen
 * number ("số đẹp"), so a leader's phone as an account number proves nothing and must not read as verified.
 */
function checkBankAccount(engine: DetectionEngine, input: CheckInput, number: string): CheckResult {
  const reasons: CheckReason[] = [];
  const flaggedBank = engine.accounts.flaggedBankAccount(number);
  if (flaggedBank) reasons.push(reportedBankAccount(flaggedBank));
  if (isPhoneShaped(number)) {
    const flaggedPhone = engine.accounts.flaggedPhone(number);
    if (flaggedPhone) reasons.push(reportedPhone(flaggedPhone));
    const flaggedZalo = engine.accounts.flaggedSender({ platform: 'zalo', phone: phoneKey(number) });
    if (flaggedZalo) reasons.push(reportedSender(flaggedZalo));
  }
  return { input, outcome: reasons.length > 0 ? 'reported' : 'not-found', leader: null, reasons, highlights: [] };
}

function summarize({ leader, publisherId }: PublishedLeader): LeaderSummary {
  return { id: leader.id, name: leader.name, title: leader.title, organization: leader.organization, verifiedAccounts: leader.accounts, phones: leader.phones, publisherId };
}
