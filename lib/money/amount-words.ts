import type { AmountMention } from './amounts';
import { allMatches } from './words';

/**
 * Amounts spelled in words: "năm triệu", "hai trăm nghìn", "mười lăm triệu", "hai chục triệu", "ba tỷ rưỡi", "nửa tỷ".
 * Number words are also everyday words (năm "year", ba "father", bảy "seven"/bay "fly"), so a spelled number
 * counts only when a money unit follows it.
 */
const digitWords: Readonly<Record<string, number>> = {
  khong: 0, mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9,
};
const word = '(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|chuc|tram|linh|le|nua)';
const spelled = new RegExp(
  `\\b((?:${word}\\s+)*${word})\\s+(ty|ti|trieu|cu|nghin|ngan)(?:\\s+(ruoi))?(?![a-z])`,
  'g',
);
const unitScale: Readonly<Record<string, number>> = { ty: 1e9, ti: 1e9, trieu: 1e6, cu: 1e6, nghin: 1e3, ngan: 1e3 };

/** Value of a spelled number below a thousand ("hai tram linh nam" = 205), or undefined when malformed. */
export function spelledValue(words: string[]): number | undefined {
  if (words.length === 1 && words[0] === 'nua') return 0.5;
  let total = 0;
  let current: number | undefined;
  for (const w of words) {
    if (w === 'tram') {
      total += (current ?? 1) * 100;
      current = undefined;
    } else if (w === 'muoi' || w === 'chuc') {
      total += (current ?? 1) * 10;
      current = undefined;
    } else if (w === 'linh' || w === 'le') {
      continue;
    } else if (w === 'nua') {
      return undefined;
    } else {
      if (current !== undefined) return undefined;
      current = digitWords[w];
    }
  }
  return total + (current ?? 0);
}

const anyUnit = /\b(?:ty|ti|trieu|cu|nghin|ngan)\b/;

export function wordNumberAmounts(lower: string): AmountMention[] {
  const found: AmountMention[] = [];
  if (!anyUnit.test(lower)) return found;
  for (const m of allMatches(spelled, lower)) {
    const value = spelledValue(m[1]!.split(/\s+/));
    const scale = unitScale[m[2]!]!;
    if (value === undefined || value === 0) continue;
    const vnd = Math.round(value * scale + (m[3] !== undefined ? scale / 2 : 0));
    found.push({ start: m.index, end: m.index + m[0].length, vnd });
  }
  return found;
}
