import type { FoldedText } from './fold';
import type { Span } from './types';
import { wordNumberAmounts } from './amount-words';
import { allMatches, pronoun } from './words';

/**
 * Sums of money as people type them in Vietnamese chat, read from the folded text: "5tr", "5 triệu rưỡi",
 * "2tr5", "500k", "500 nghìn", "20 củ", "1 tỷ 2", "5,5 triệu", "10.000.000đ", "10,000,000 VND", "1 tỷ 200 triệu",
 * "2 chục triệu", "4 triệu 2 trăm nghìn", "chuyển 600.000".
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

const transferVerb = `\\b(?:chuyen|ck|gui|nap|ban|ung)(?:\\s+(?:giup|ho|gium|dum|gap|ngay|truoc|${pronoun}))*`;

// One amount: number, optional "trăm" or "chục", unit, then "rưỡi" or a bare fraction ("2tr5", "1 tỷ 2"), or a compound
// lower part ("1 tỷ 200 triệu", "5tr500k", "1 triệu 5 trăm"), then an optional currency word.
const amountRegex = new RegExp(
  `(?=\\d)(?<![\\d.,a-z])(${number})\\s*(?:(tram|chuc)\\s*)?(?:(${unitWord})(?![a-z])` +
    `(?:\\s*(ruoi)(?![a-z])|\\s*(${number})\\s*(?:(tram|chuc)\\s*)?(${unitWord})(?![a-z])|\\s*(\\d{1,3})\\s*tram(?![a-z])|(?:\\s*|(?<=tr|ty|ti|cu))(\\d{1,3})(?!\\d|[.,]\\d)(?!\\s*(?:${counted}|${unitWord}|${currency}|tram|chuc)(?![a-z])))?` +
    `(?:\\s*${currency}(?![a-z/]))?` +
    `|(${currency})(?![a-z/]))` +
    // Bare grouped thousands from a million up ("chuyển 20.000.000 vào..."); never with a leading 0 (accounts).
    `|(?=\\d)(?<![\\d.,a-z+\\-])([1-9]\\d{0,2}(?:[.,]\\d{3}){2,})(?![.,]?\\d)` +
    // Bare thousands below a million only as the object of a transfer or before "tiền" ("chuyển 600.000 tiền quỹ").
    `|(?=\\d)(?<=${transferVerb}\\s+)([1-9]\\d{0,2}[.,]\\d{3})(?![.,]?\\d)|(?=\\d)(?<![\\d.,a-z+\\-])([1-9]\\d{0,2}[.,]\\d{3})(?=\\s*tien(?![a-z]))`,
  'g',
);

function parseNumber(raw: string): number {
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(raw)) return Number(raw.replace(/[.,]/g, ''));
  return Number(raw.replace(',', '.'));
}

/** "3 trăm nghìn" = 300 nghìn, "2 chục triệu" = 20 triệu. */
function multiplier(word: string | undefined): number {
  return word === 'tram' ? 100 : word === 'chuc' ? 10 : 1;
}

function unitValue(word: string): number {
  for (const [pattern, value] of units) if (pattern.test(word)) return value;
  return 1;
}

export function findAmounts(folded: FoldedText): AmountMention[] {
  const found: AmountMention[] = [];
  const digits = /\d/.test(folded.lower);
  for (const m of digits ? allMatches(amountRegex, folded.lower) : []) {
    const [all, num, multiple, unit, half, lowNum, lowMultiple, lowUnit, lowHundreds, fraction, bareCurrency, millions, afterVerb, beforeTien] = m;
    const grouped = millions ?? afterVerb ?? beforeTien;
    let vnd: number;
    if (grouped !== undefined) {
      vnd = parseNumber(grouped);
    } else if (bareCurrency !== undefined) {
      vnd = parseNumber(num!) * multiplier(multiple);
    } else {
      const scale = unitValue(unit!) * multiplier(multiple);
      vnd = parseNumber(num!) * scale;
      if (half !== undefined) vnd += scale / 2;
      if (lowNum !== undefined && lowUnit !== undefined && unitValue(lowUnit) < unitValue(unit!)) {
        vnd += parseNumber(lowNum) * multiplier(lowMultiple) * unitValue(lowUnit);
      }
      // "1 triệu 5 trăm": hundreds of the next unit down (500 nghìn).
      if (lowHundreds !== undefined) vnd += (Number(lowHundreds) * 100 * unitValue(unit!)) / 1000;
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
