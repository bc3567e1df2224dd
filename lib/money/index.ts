/**
 * Money-request detection in Vietnamese chat: does a message (or a short thread of one sender) ask for money,
 * with which sums, accounts, banks and phones, and where in the text is the evidence.
 */
export type {
  AccountMention,
  BankRef,
  Highlight,
  HighlightKind,
  MoneyAnalysis,
  MoneySignal,
} from './types';
export { analyzeMessage, analyzeThread } from './analyze';
export { bankByBin, findBank } from './banks';
export { requestThreshold } from './judge';
