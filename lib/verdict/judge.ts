import { analyzeThread } from '../money';
import type { NameMatch } from '../names';
import { LOOKALIKE_NAME_THRESHOLD } from '../names';
import type { PublishedLeader } from '../directory/index-accounts';
import type { DetectionEngine } from './engine';
import { flaggedMentions } from './flagged-mentions';
import { reportedSender } from './flagged-reasons';
import { messageClaimingRole } from './role-claims';
import { louderLevel, type VerdictLevel } from './levels';
import type { LeaderSummary, MessageHighlight, Reason, SenderIdentity, Verdict } from './types';

/** A photo of the sender that matched a leader's photo (computed elsewhere: hashing is slow and optional). */
export interface PhotoEvidence {
  leaderId: string;
  distance: number;
}

export interface ConversationInput {
  sender: SenderIdentity;
  /** What the sender wrote, oldest first. The user's own messages are not evidence against the sender. */
  messages: readonly string[];
  /** Later evidence arrives as more inputs; absent means "not known yet", never "no match". */
  photo?: PhotoEvidence;
}

/**
 * The verdict of product.md for one sender: who they imitate, if anyone, and how loudly to warn.
 *
 * Evidence is gathered first (identity: account, name, photo; content: money requests, reported numbers), then the
 * level follows from a short table. A new kind of evidence adds a reason and, at most, one line to that table.
 */
export function judgeConversation(engine: DetectionEngine, input: ConversationInput): Verdict {
  const { sender } = input;
  const reasons: Reason[] = [];

  // Identity. The account decides before the name: a verified account is the leader's whatever it is called.
  const owner = engine.accounts.verifiedOwner(sender);
  const nameMatch = sender.name ? bestNameMatch(engine, sender.name) : undefined;
  const photoLeader = input.photo ? engine.accounts.leaderById(input.photo.leaderId) : undefined;
  const flaggedSender = engine.accounts.flaggedSender(sender);

  // The leader this conversation is about: the account's owner, else the name's, else the photo's.
  const leader = owner ?? (nameMatch ? engine.accounts.leaderById(nameMatch.leaderId) : undefined) ?? photoLeader;

  let identity: VerdictLevel = 'none';
  if (owner) {
    identity = 'verified';
    reasons.push({ code: 'verified-account', platform: sender.platform });
  } else {
    if (nameMatch && leader && nameMatch.leaderId === leader.leader.id) {
      reasons.push(...nameReasons(nameMatch));
      identity = isImitation(nameMatch) ? 'lookalike' : 'namesake';
      const claim = identity === 'namesake' ? messageClaimingRole(input.messages, leader.leader) : undefined;
      if (claim !== undefined) {
        reasons.push({ code: 'claims-organization', claimed: [leader.leader.title, leader.leader.organization].filter(Boolean).join(' ') });
        identity = 'lookalike';
      }
    }
    if (input.photo && photoLeader && photoLeader === leader) {
      reasons.push({ code: 'same-photo', distance: input.photo.distance });
      identity = 'lookalike';
    }
  }

  // Content: what the sender asks for, and any number the directory lists as reported.
  const money = analyzeThread([...input.messages]);
  const flagged = flaggedMentions(input.messages, engine.accounts);
  if (flaggedSender) reasons.push(reportedSender(flaggedSender));
  if (money.moneyRequest) {
    reasons.push({ code: 'asks-for-money', amounts: money.amounts, phrases: requestPhrases(input.messages, money.perMessage) });
  }
  reasons.push(...flagged);

  let level: VerdictLevel = identity;
  if (money.moneyRequest) {
    if (identity === 'verified') level = 'hijack-risk';
    if (identity === 'namesake' || identity === 'lookalike') level = 'danger';
  }
  if (flagged.length > 0 || flaggedSender) level = louderLevel(level, 'danger');

  const highlights: MessageHighlight[] = money.moneyRequest
    ? money.perMessage.flatMap((analysis, messageIndex) =>
        analysis.highlights.map((h) => ({ messageIndex, start: h.start, end: h.end, kind: h.kind })),
      )
    : [];

  return {
    level,
    leader: leader ? summarize(leader) : null,
    reasons,
    nameScore: nameMatch?.score,
    highlights,
    amounts: money.moneyRequest ? money.amounts : [],
    accounts: money.moneyRequest ? money.accounts.map((a) => a.number) : [],
  };
}

function bestNameMatch(engine: DetectionEngine, name: string): NameMatch | undefined {
  const [best] = engine.names.match(name, 1);
  return best && best.score >= LOOKALIKE_NAME_THRESHOLD ? best : undefined;
}

/**
 * A name imitates its leader when it hides what it is (homoglyphs, fancy letters, invisible characters,
 * decorations, a claimed title) or is the leader's name misspelt on purpose (a typo no real name has, extra words).
 * A name equal after folding (unaccented, the other tone placement, the i/y spelling), reordered, or without its
 * middle name is a namesake: thousands of people share a leader's name, and a name alone proves nothing.
 */
function isImitation(match: NameMatch): boolean {
  return match.disguises.length > 0 || match.differences.some((d) => imitatingDifferences.has(d.kind));
}

const imitatingDifferences = new Set<string>(['typo', 'extra-words']);

function nameReasons(match: NameMatch): Reason[] {
  const reasons: Reason[] = [];
  const differences = [...new Set(match.differences.map((d) => d.kind).filter((kind) => kind !== 'disguised'))];
  if (match.plainEqual) reasons.push({ code: 'same-name' });
  // Once the disguise is undone the name may be exactly the leader's: then there is nothing "similar" to say.
  else if (differences.length > 0) reasons.push({ code: 'similar-name', differences });
  // One sentence per trick: a Cyrillic letter is both "another script" and "mixed scripts"; say it once.
  const said = new Set<string>();
  const tricks = [...match.disguises].sort((a, b) => trickOrder(a.tag) - trickOrder(b.tag));
  for (const d of tricks) {
    if (d.tag === 'claimed-title' || said.has(d.found)) continue;
    if (d.tag === 'mixed-script' && tricks.some((o) => o.tag === 'other-script')) continue;
    said.add(d.found);
    reasons.push({ code: 'disguised-name', found: d.found, meaning: d.meaning, tag: d.tag });
  }
  if (match.analysis.claimedTitle) reasons.push({ code: 'claims-title', claimed: match.analysis.claimedTitle });
  if (match.analysis.claimedOrganization) reasons.push({ code: 'claims-organization', claimed: match.analysis.claimedOrganization });
  return reasons;
}

/** The most specific explanation of a character first. */
const trickOrder = (tag: string): number => ['other-script', 'fancy-letters', 'invisible', 'decoration', 'mixed-script'].indexOf(tag);

function requestPhrases(messages: readonly string[], perMessage: { highlights: { start: number; end: number; kind: string }[] }[]): string[] {
  const phrases: string[] = [];
  perMessage.forEach((analysis, i) => {
    for (const h of analysis.highlights) {
      if (h.kind === 'request') phrases.push(messages[i]!.slice(h.start, h.end));
    }
  });
  return [...new Set(phrases)];
}

function summarize({ leader, publisherId }: PublishedLeader): LeaderSummary {
  return {
    id: leader.id,
    name: leader.name,
    title: leader.title,
    organization: leader.organization,
    verifiedAccounts: leader.accounts,
    phones: leader.phones,
    publisherId,
  };
}
