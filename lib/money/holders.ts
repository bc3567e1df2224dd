import type { FoldedText } from './fold';
import type { Span } from './types';
import { allMatches } from './words';

/**
 * Account-holder names: after a label ("chủ TK NGUYEN VAN B", "tên: Trần Thị C", "CTK ...", "người nhận ..."),
 * or a line of capitals right after an account number ("0123456789 - NGUYEN VAN B"). Names are read from the
 * case-keeping folded text, so "Trần Thị C" and "TRAN THI C" are both capitalised words.
 */
const labelled =
  /(?:chu\s*(?:tk|tai\s*khoan|the)|ctk|ten\s*(?:chu\s*)?(?:tk|tai\s*khoan|nguoi\s*nhan|nguoi\s*huong)|ten|nguoi\s*(?:nhan|huong|thu\s*huong)|nguoi\s*thu\s*huong|account\s*name|ho\s*ten)(?![a-z])\s*(?:la\s*)?[:\-]?\s*/g;
const capitalisedName = /[A-Z][a-zA-Z]*(?:[ \t]+[A-Z][a-zA-Z]*){1,5}(?![a-zA-Z])/y;
const capitalsLine = /[\s\-–,:|/]*([A-Z]{1,}(?:[ \t]+[A-Z]+){1,5})(?![a-zA-Z])/y;

export function findLabelledHolders(folded: FoldedText): Span[] {
  const found: Span[] = [];
  for (const m of allMatches(labelled, folded.lower)) {
    capitalisedName.lastIndex = m.index + m[0].length;
    const name = capitalisedName.exec(folded.cased);
    if (name !== null) found.push({ start: name.index, end: name.index + name[0].length });
  }
  return found;
}

/** A name in capitals starting at `from` (after an account number and an optional bank), if there is one. */
export function capitalsAfter(folded: FoldedText, from: number, isBankWord: (word: string) => boolean): Span | undefined {
  capitalsLine.lastIndex = from;
  const m = capitalsLine.exec(folded.cased);
  if (m === null || m[1] === undefined) return undefined;
  const words = m[1].split(/[ \t]+/);
  // Skip leading bank tags ("VCB NGUYEN VAN B") and refuse a run that is only tags ("MB BANK").
  let skip = 0;
  while (skip < words.length && isBankWord(words[skip]!.toLowerCase())) skip++;
  const nameWords = words.slice(skip);
  if (nameWords.length < 2 || nameWords.some((w) => isBankWord(w.toLowerCase()))) return undefined;
  const end = m.index + m[0].length;
  let pos = end - m[1].length;
  for (const word of words.slice(0, skip)) pos = folded.cased.indexOf(word, pos) + word.length;
  return { start: folded.cased.indexOf(nameWords[0]!, pos), end };
}
