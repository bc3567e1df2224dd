/** The public shapes of lib/money (see index.ts). Offsets are UTF-16 offsets into the original text. */
export interface BankRef {
  /** VietQR code (VCB, CTG, BID...). */
  code: string;
  /** NAPAS BIN (970436...); empty for the few banks without one. */
  bin: string;
  shortName: string;
}

export interface AccountMention {
  /** Digits only. */
  number: string;
  bank?: BankRef;
  /** The holder's name as written ("NGUYEN VAN B", "Trần Thị C"). */
  holder?: string;
}

export type HighlightKind = 'request' | 'amount' | 'account' | 'bank' | 'holder' | 'urgency' | 'secrecy' | 'phone';

export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
}

export type MoneySignal =
  | 'request-verb'
  | 'amount'
  | 'bank-account'
  | 'bank-name'
  | 'holder'
  | 'urgency'
  | 'secrecy'
  | 'card-or-otp'
  | 'phone';

export interface MoneyAnalysis {
  moneyRequest: boolean;
  /** 0..1; moneyRequest is exactly score >= 0.5. */
  score: number;
  /** VND, in order of first appearance, without repeats. */
  amounts: number[];
  accounts: AccountMention[];
  /** National form 0xxxxxxxxx. */
  phones: string[];
  /** Sorted by start, never overlapping. */
  highlights: Highlight[];
  signals: MoneySignal[];
}

/** A span of the folded text (see fold.ts), before it is mapped back to the original. */
export interface Span {
  start: number;
  end: number;
}
