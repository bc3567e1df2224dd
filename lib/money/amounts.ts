import type { FoldedText } from './fold';
import type { Span } from './types';
import { allMatches } from './words';
import { wordNumberAmounts } from './amount-words';

/**
 * Sums of money as people type them in Vietnamese chat, read from the folded text: "5tr", "5 triệu rưỡi",
 * "2tr5", "500k", "500 nghìn", "20 củ", "1 tỷ 2", "5,5 triệu", "10.000.000đ", "10,000,000 VND", "1 tỷ 200 triệu".
 * A dot or comma followed by exactly three digits groups thousands; otherwise it is a decimal mark.
 */
export interface AmountMention extends Span {
  vnd: number;
}

const units: ReadonlyArray<[RegExp, number]> = [
  [/^(?:ty|ti|toi)$/, 1e9],
  [/^(?:trieu|tr|cu)$/, 1e6],
  [/^(?:nghin|ngan|k)$/, 1e3],
];
const unitWord = '(?:ty|ti|toi|trieu|tr|cu|nghin|ngan|k)';
const currency = '(?:vnd|vn\\s?dong|dong|d)';
const number = '(?:\\d{1,3}(?:[.,]\\d{3})+(?![.,]?\\d)|\\d+(?:[.,]\\d+)?)';
/** Counted things after "5 triệu 2": then the 2 is not a fraction of the million ("5 triệu 2 lần"). */
const counted = '(?:lan|nguoi|ngay|thang|nam|cai|chiec|dot|ky|suat|ve|phan|h|gio|phut|tuan|buoi|con|cuon)';

// One amount: number, optional "trăm", unit, then "rưỡi" or a bare fraction ("2tr5", "1 tỷ 2"), or a compound
// lower part ("1 tỷ 200 triệu", "5tr500k"), then an optional currency word.
const amountRegex = new RegExp(
  `(?=\\d)(?<![\\d.,a-z])(${number})\\s*(tram\\s*)?(?:(${unitWord})(?![a-z])` +
    `(?:\\s*(ruoi)(?![a-z])|\\s*(${number})\\s*(${unitWord})(?![a-z])|(?:\\s*|(?<=tr|ty|ti|cu))(\\d{1,3})(?![\\d.,])(?!\\s*(?:${counted}|${unitWord}|${currency})(?![a-z])))?` +
    `(?:\\s*${currency}(?![a-z/]))?` +
    `|(${currency})(?![a-z/]))` +
    // Bare grouped thousands from a million up ("chuyển 20.000.000 vào..."); never with a leading 0 (accounts).
    `|(?=\\d)(?<![\\d.,a-z+\\-])([1-9]\\d{0,2}(?:[.,]\\d{3}){2,})(?![.,]?\\d)`,
  'g',
);

function parseNumber(raw: string): number {
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(raw)) return Number(raw.replace(/[.,]/g, ''));
  return Number(raw.replace(',', '.'));
}

function unitValue(word: string): number {
  for (const [pattern, value] of units) if (pattern.test(word)) return value;
  return 1;
}

export function findAmounts(folded: FoldedText): AmountMention[] {
  const found: AmountMention[] = [];
  const digits = /\d/.test(folded.lower);
  for (const m of digits ? allMatches(amountRegex, folded.lower) : []) {
    const [all, num, hundred, unit, half, lowNum, lowUnit, fraction, bareCurrency, grouped] = m;
    let vnd: number;
    if (grouped !== undefined) {
      vnd = parseNumber(grouped);
    } else if (bareCurrency !== undefined) {
      vnd = parseNumber(num!) * (hundred !== undefined ? 100 : 1);
    } else {
      const scale = unitValue(unit!) * (hundred !== undefined ? 100 : 1);
      vnd = parseNumber(num!) * scale;
      if (half !== undefined) vnd += scale / 2;
      if (lowNum !== undefined && lowUnit !== undefined && unitValue(lowUnit) < unitValue(unit!)) {
        vnd += parseNumber(lowNum) * unitValue(lowUnit);
      }
      if (fraction !== undefined) vnd += (Number(fraction) / 10 ** fraction.length) * scale;
    }
    vnd = Math.round(vnd);
    if (vnd > 0 && Number.isFinite(vnd)) found.push({ start: m.index, end: m.index + all.length, vnd });
  }
  for (const w of wordNumberAmounts(folded.lower)) {
    if (!found.some((f) => f.start < w.end && w.start < f.end)) found.push(w);
  }
  return found.sort((a, b) => a.start - b.start);
}
