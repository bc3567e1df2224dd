import type { VerdictLevel } from './levels';
import type { Platform, VerifiedAccount } from '../directory/schema';
import type { NameDifferenceKind } from '../names';

/** Who is talking or being viewed, as a site adapter or an analyst describes them. */
export interface SenderIdentity {
  name?: string;
  platform: Platform;
  /** Facebook numeric id or Zalo user id. */
  id?: string;
  /** Facebook vanity username. */
  username?: string;
  /** Zalo phone, when the page shows it. */
  phone?: string;
}

/** One piece of evidence, in words the UI can translate: `code` picks the sentence, `params` fill it. */
export type Reason =
  | { code: 'verified-account'; platform: Platform }
  | { code: 'same-name' }
  /** How the name differs, as codes the UI translates (never the matcher's own English explanations). */
  | { code: 'similar-name'; differences: NameDifferenceKind[] }
  | { code: 'disguised-name'; found: string; meaning?: string; tag: string }
  | { code: 'claims-title'; claimed: string }
  | { code: 'claims-organization'; claimed: string }
  | { code: 'same-photo'; distance: number }
  | { code: 'asks-for-money'; amounts: number[]; phrases: string[] }
  /** Reported values name the publishers (ids) whose directories list them. */
  | { code: 'flagged-bank-account'; value: string; bank?: string; holder?: string; note?: string; reportedBy: string[] }
  | { code: 'flagged-phone'; value: string; note?: string; reportedBy: string[] }
  | { code: 'flagged-sender'; value: string; note?: string; reportedBy: string[] };

/** The leader being imitated, with what a person needs to verify (never the scammer's data). */
export interface LeaderSummary {
  id: string;
  name: string;
  title?: string;
  organization?: string;
  verifiedAccounts: VerifiedAccount[];
  phones: string[];
  publisherId: string;
}

/** A text span to highlight in a message: the money-request phrases. Offsets are UTF-16 into the message text. */
export interface MessageHighlight {
  messageIndex: number;
  start: number;
  end: number;
  kind: string;
}

export interface Verdict {
  level: VerdictLevel;
  leader: LeaderSummary | null;
  reasons: Reason[];
  /** Name-match score of the sender against the leader (0..1), when a name was compared. */
  nameScore?: number;
  highlights: MessageHighlight[];
  /** Amounts (VND) and account numbers asked for, across the messages. */
  amounts: number[];
  accounts: string[];
}
