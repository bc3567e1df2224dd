import { generatedBanks } from './generated/banks';
import { bankChatAliases, capitalsOrContextAliases, contextOnlyAliases } from './bank-chat-aliases';
import { foldText, type FoldedText } from './fold';
import type { BankRef, Span } from './types';
import { allMatches, wordEnd, wordStart } from './words';

export interface BankMention extends Span {
  bank: BankRef;
}

interface AliasEntry {
  bank: BankRef;
  strictness: 'plain' | 'capitals-or-context' | 'context-only';
}

const compact = (s: string): string => s.replace(/[^a-z0-9]/g, '');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "mb bank" also matches "mbbank", "mb-bank", "MB.Bank". */
const tokensPattern = (alias: string): string => alias.split(/[\s\-.]+/).filter(Boolean).map(escape).join('[\\s\\-.]*');

const aliasIndex = new Map<string, AliasEntry>();
const byCode = new Map<string, BankRef>();
const byBin = new Map<string, BankRef>();
const legalIndex = new Map<string, BankRef>();
const aliasPatterns: string[] = [];
const legalPatterns: string[] = [];

function addAlias(alias: string, bank: BankRef): void {
  const key = compact(alias);
  if (key === '') return;
  // Spellings differ ("coop bank", "co op bank") even when the key is shared.
  const pattern = tokensPattern(alias);
  if (!aliasPatterns.includes(pattern)) aliasPatterns.push(pattern);
  if (aliasIndex.has(key)) return; // the first bank in the source order keeps a shared alias
  const strictness = contextOnlyAliases.has(alias)
    ? 'context-only'
    : capitalsOrContextAliases.has(alias) || key.length <= 2
      ? 'capitals-or-context'
      : 'plain';
  aliasIndex.set(key, { bank, strictness });
}

for (const row of generatedBanks) {
  const bank: BankRef = { code: row.code, bin: row.bin, shortName: row.shortName };
  if (!byCode.has(row.code)) byCode.set(row.code, bank);
  if (row.bin !== '' && !byBin.has(row.bin)) byBin.set(row.bin, bank);
  for (const alias of row.aliases) addAlias(alias, bank);
  for (const legal of row.legalNames) {
    const key = compact(legal);
    if (legalIndex.has(key)) continue;
    legalIndex.set(key, bank);
    legalPatterns.push(tokensPattern(legal));
  }
}
for (const [code, aliases] of Object.entries(bankChatAliases)) {
  const bank = byCode.get(code);
  if (bank === undefined) throw new Error(`bank-chat-aliases names unknown bank code ${code}`);
  for (const alias of aliases) addAlias(alias, bank);
}

const byLength = (a: string, b: string): number => b.length - a.length;
// Longest alternatives first so "mb bank" wins over "mb", "saigon bank" over "saigon"; a trailing "bank" is optional.
const aliasRegex = new RegExp(
  `${wordStart}(?:${aliasPatterns.sort(byLength).join('|')})(?:[\\s\\-]*bank)?${wordEnd}`,
  'g',
);
const legalRegex = new RegExp(
  `${wordStart}(?:ngan\\s*hang|nh)\\s+(?:tmcp\\s+)?(${legalPatterns.sort(byLength).join('|')})${wordEnd}`,
  'g',
);
/** Words after which a short or ambiguous alias surely names a bank ("qua MB", "TK vp", "ngân hàng Đông Á"). */
const contextBefore = /(?:ngan\s*hang|nh|bank|stk|tk|tai\s*khoan|qua|vao|sang|ck|chuyen\s*khoan|the)\s*[:\-]?\s*$/;
const digitsNear = /\d{6}/;

function lookup(matched: string): AliasEntry | undefined {
  const key = compact(matched);
  return aliasIndex.get(key) ?? aliasIndex.get(key.replace(/bank$/, ''));
}

/** Strictness follows the spelling used: "donga" is plain, "dong a" (also "đồng à") needs context. */
function strictnessOf(matched: string, entry: AliasEntry): AliasEntry['strictness'] {
  const spelled = matched.replace(/[\s\-.]+/g, ' ').trim();
  if (contextOnlyAliases.has(spelled)) return 'context-only';
  return entry.strictness;
}

function accepted(entry: AliasEntry, folded: FoldedText, start: number, end: number): boolean {
  const strictness = strictnessOf(folded.lower.slice(start, end), entry);
  if (strictness === 'plain') return true;
  const before = folded.lower.slice(Math.max(0, start - 16), start);
  const around = folded.lower.slice(Math.max(0, start - 30), end + 30).replace(/[\s.\-]/g, '');
  if (contextBefore.test(before) || digitsNear.test(around)) return true;
  if (strictness === 'context-only') return false;
  const written = folded.cased.slice(start, end);
  return written === written.toUpperCase();
}

/** Every bank named in the text, in order. */
export function findBankMentions(folded: FoldedText): BankMention[] {
  const found: BankMention[] = [];
  for (const m of allMatches(legalRegex, folded.lower)) {
    const bank = legalIndex.get(compact(m[1] ?? ''));
    if (bank !== undefined) found.push({ start: m.index, end: m.index + m[0].length, bank });
  }
  for (const m of allMatches(aliasRegex, folded.lower)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const entry = lookup(m[0]);
    if (entry !== undefined && accepted(entry, folded, start, end)) found.push({ start, end, bank: entry.bank });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Words that may stand beside a holder's name in capitals without being part of it. */
const nonNameWords = new Set(['bank', 'ngan', 'hang', 'nh', 'chi', 'nhanh', 'cn', 'vnd', 'vnd.', 'sd', 'gd', 'nd', 'stk', 'tk', 'ctk', 'ref', 'atm', 'otp', 'ck', 'ok', 'qr']);

/** True for a single folded word that names a bank or belongs to account boilerplate ("VCB", "BANK", "STK"). */
export function isBankWord(word: string): boolean {
  return nonNameWords.has(word) || aliasIndex.has(word);
}

/** The bank a text names: its BIN or code alone, else the first bank mentioned in it. */
export function findBank(text: string): BankRef | undefined {
  const trimmed = text.trim();
  const exact = byBin.get(trimmed) ?? byCode.get(trimmed.toUpperCase());
  if (exact !== undefined) return exact;
  return findBankMentions(foldText(text))[0]?.bank;
}

/** The bank with this NAPAS BIN (as stored in directory entries: `"bank": "970436"`). */
export function bankByBin(bin: string): BankRef | undefined {
  return byBin.get(bin);
}
