/**
 * Folding of Vietnamese names: the plain fold that defines a `namesake` (case, diacritics, spacing) and the
 * accented key that keeps the marks but not the choice between old and new tone placement (Hòa/Hoà, Thủy/Thuỷ,
 * Khỏe/Khoẻ) nor between i and y spellings of one syllable (Sĩ/Sỹ, Kỳ/Kì), so that Hùng != Hưng, Minh != Mạnh and
 * Thủy != Thúy stay different names.
 *
 * Neither undoes a disguise (Cyrillic letters, fancy letters): that is lib/names/disguise.ts. Both drop what has no
 * visible shape: every Default_Ignorable code point (generated from DerivedCoreProperties-17.0.0) and the blank
 * look-alikes (U+2800 BRAILLE PATTERN BLANK, Hangul fillers), emoji and symbols.
 */
import { defaultIgnorableRanges } from './generated/confusables';

/** Characters that render as an empty cell but are neither whitespace nor default-ignorable (plus Hangul fillers, which are). */
export const blankLookalikes: ReadonlySet<number> = new Set([0x2800, 0x115f, 0x1160, 0x3164, 0xffa0]);

function rangeClass(ranges: ReadonlyArray<readonly [number, number]>): string {
  const hex = (cp: number) => `\\u{${cp.toString(16)}}`;
  return ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('');
}

const ignorableClass = rangeClass(defaultIgnorableRanges);
const ignorableTest = new RegExp(`^[${ignorableClass}]$`, 'u');
/** Default ignorables and blank look-alikes, removed wherever they stand. */
const invisibleRe = new RegExp(`[${ignorableClass}\\u2800]`, 'gu');

export function isDefaultIgnorable(cp: number): boolean {
  return ignorableTest.test(String.fromCodePoint(cp));
}

/** Default ignorable or a blank look-alike: a character that shows nothing (or only empty space). */
export function isInvisible(cp: number): boolean {
  return blankLookalikes.has(cp) || isDefaultIgnorable(cp);
}

const invisibleOrMarkRe = new RegExp(`[${ignorableClass}\\u2800\\p{M}]`, 'gu');
const notNameCharRe = /[^\p{L}\p{N}]+/gu;
const notAccentedCharRe = /[^\p{L}\p{M}\p{N}]+/gu;
// U+00D0 ETH is frequent in Vietnamese text in place of Đ (U+0110); its lowercase is U+00F0.
const dStrokeRe = /[đðĐÐ]/g;

/**
 * Plain folding, as product.md defines `namesake`: case, diacritics (tones, circumflex, breve, horn, đ/Đ/Ð -> d),
 * spacing and separators (dots, underscores, hyphens, repeated spaces), invisible characters, emoji and symbols.
 * "Lê  Quang_Minh ✔️" -> "le quang minh". Homoglyphs and fancy letters are left as they are.
 */
export function foldName(text: string): string {
  // Folded a character at a time, which gives what the steps of foldNameSlow give (`scripts/bench/names-quick.ts
  // check`) at a fraction of the cost of normalizing and running four Unicode regexes: Latin and Vietnamese letters
  // from a table, other characters (look-alikes, emoji, invisible ones) from a bounded cache. A character that
  // cannot be folded alone sends the text through those steps.
  let out = '';
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let f: string | null | undefined;
    if (c < FAST_FOLD_END) f = fastFold[c];
    else if (c >= 0x1e00 && c <= 0x1eff) f = fastFoldVietnamese[c - 0x1e00];
    else {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      f = otherFolds.get(cp);
      if (f === undefined) {
        f = foldAlone(cp) ?? null;
        if (otherFolds.size >= 4096) otherFolds.clear();
        otherFolds.set(cp, f);
      }
    }
    if (f === undefined || f === null) return foldNameSlow(text);
    if (f === '') continue; // a mark or an invisible character: gone, and it does not separate words
    if (f === ' ') space = out !== ''; // separators: one space between words, none at the ends
    else {
      if (space) out += ' ';
      space = false;
      out += f;
    }
  }
  return out;
}

/** foldName by its definition: every character, whatever its script. */
export function foldNameSlow(text: string): string {
  return text
    .normalize('NFD')
    .toLowerCase()
    .replace(invisibleOrMarkRe, '')
    .replace(dStrokeRe, 'd')
    .replace(notNameCharRe, ' ')
    .trim();
}

/**
 * What foldName makes of one character standing alone: its folded letters, '' where it is dropped (marks, invisible
 * characters) or ' ' where it separates words; undefined where it cannot be folded alone. Each step of foldNameSlow
 * works a character at a time, but for two: NFD reorders the characters of nonzero combining class (dropped when
 * they are marks: a character that decomposes to one that is kept is refused), and lowercase Σ depends on what
 * follows it (refused), as does a lone surrogate.
 */
function foldAlone(c: number): string | undefined {
  if (c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff)) return undefined;
  const nfd = String.fromCodePoint(c).normalize('NFD');
  for (const part of nfd) if (!dropped(part) && reordered(part)) return undefined;
  const f = nfd.toLowerCase().replace(invisibleOrMarkRe, '').replace(dStrokeRe, 'd');
  if (f === '') return '';
  if (nameCharsOnlyRe.test(f)) return f;
  if (notNameCharsOnlyRe.test(f)) return ' ';
  return undefined;
}

/** Removed by foldNameSlow wherever it stands: a mark, a default ignorable, U+2800. */
const dropped = (ch: string) => ch.replace(invisibleOrMarkRe, '') === '';
/** A character of nonzero canonical combining class: NFD moves it before a mark of lower class (or one after it). */
const reordered = (ch: string) =>
  `a\u0345${ch}`.normalize('NFD') !== `a\u0345${ch}` || `a${ch}\u0334`.normalize('NFD') !== `a${ch}\u0334`;
/** foldAlone of the characters beyond the tables, null where it is undefined; bounded (any text may come in). */
const otherFolds = new Map<number, string | null>();
const nameCharsOnlyRe = /^[\p{L}\p{N}]+$/u;
const notNameCharsOnlyRe = /^[^\p{L}\p{N}]+$/u;
/** Basic Latin to Latin Extended-B, IPA, spacing modifiers and the combining marks (U+0000-U+036F). */
const FAST_FOLD_END = 0x370;
const fastFold: Array<string | undefined> = Array.from({ length: FAST_FOLD_END }, (_, c) => foldAlone(c));
/** Latin Extended Additional (U+1E00-U+1EFF): the precomposed Vietnamese vowels with a tone (ạ ả ấ ... ỹ). */
const fastFoldVietnamese: Array<string | undefined> = Array.from({ length: 0x100 }, (_, c) => foldAlone(0x1e00 + c));

// ---- accented key: tone placement ----

const TONE_MARKS = new Set([0x300, 0x301, 0x303, 0x309, 0x323]);
// Circumflex, breve, horn: they make a new vowel (â ă ê ô ơ ư), and the tone goes on that vowel.
const VOWEL_MARKS = new Set([0x302, 0x306, 0x31b]);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const vietnameseLetterRe = /^[a-zđ]$/;

interface Unit {
  base: string;
  marks: number[];
}

/**
 * Puts the one tone mark of a lowercase syllable where the old (traditional) placement puts it, so that old and new
 * spellings give the same key: hoà -> hòa, thuỷ -> thủy, khoẻ -> khỏe; quý, giá, huỳnh, thuở, người unchanged.
 * A token that is not a Vietnamese syllable shape (other letters, several tone marks, no vowel) is returned as is.
 */
function canonicalTone(syllable: string): string {
  const units: Unit[] = [];
  let tone = 0;
  for (const ch of syllable.normalize('NFD')) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x300 && cp <= 0x36f) {
      const last = units[units.length - 1];
      if (!last) return syllable;
      if (TONE_MARKS.has(cp)) {
        if (tone) return syllable;
        tone = cp;
      } else if (VOWEL_MARKS.has(cp)) last.marks.push(cp);
      else return syllable;
    } else if (vietnameseLetterRe.test(ch)) units.push({ base: ch, marks: [] });
    else return syllable;
  }
  if (!tone) return syllable;
  let start = 0;
  // "qu" and "gi" before another vowel are consonants: quý, giá, giữa.
  if (units.length > 2 && units[0]!.base === 'q' && units[1]!.base === 'u') start = 2;
  else if (units.length > 2 && units[0]!.base === 'g' && units[1]!.base === 'i' && VOWELS.has(units[2]!.base)) start = 2;
  while (start < units.length && !VOWELS.has(units[start]!.base)) start++;
  let end = start;
  while (end < units.length && VOWELS.has(units[end]!.base)) end++;
  if (start === end) {
    // Only "gi"/"qu" vowels: gì, gìn handled above as i; "qú" is not a syllable, keep the mark on the u.
    if (start === 2) start = end = 1, end = 2;
    else return syllable;
  }
  let target = -1;
  for (let i = start; i < end; i++) if (units[i]!.marks.length) target = i; // ươ -> ơ (the last marked vowel)
  if (target < 0) {
    const len = end - start;
    if (end < units.length) target = end - 1; // closed syllable: last vowel (hoàng, huỳnh, thuyết)
    else if (len >= 3) target = start + 1; // open, three vowels: the middle one (ngoài, khuyên has ê)
    else target = start; // open: the first vowel (hòa, thủy, khỏe, tài, múa)
  }
  let out = '';
  units.forEach((u, i) => {
    out += u.base + String.fromCharCode(...u.marks) + (i === target ? String.fromCharCode(tone) : '');
  });
  return out.normalize('NFC');
}

/**
 * One spelling for a syllable whose only vowel is a final i or y after a consonant onset: Sĩ/Sỹ, Kỳ/Kì, Lý/Lí,
 * Mỹ/Mĩ, Hy/Hi, Vy/Vi are the same syllable written by two conventions, so both get the i key. A y after another
 * vowel is a different vowel (Huy/Hui, Thùy/Thùi, Duy/Dui), and "quy" has the u of "qu": neither is touched.
 */
function iySpelling(syllable: string): string {
  const nfd = syllable.normalize('NFD');
  const m = iyRe.exec(nfd);
  return m ? `${m[1]}i${m[2]}`.normalize('NFC') : syllable;
}

const iyRe = /^([bcdđghklmnprstvx]+)y([\u0300\u0301\u0303\u0309\u0323]?)$/;

const toneCache = new Map<string, string>();

/** accentedKey of one lowercase NFC token (tone placed, i/y spelling unified), cached: names use a few thousand. */
export function accentedSyllable(token: string): string {
  let key = toneCache.get(token);
  if (key === undefined) {
    key = iySpelling(canonicalTone(token));
    if (toneCache.size > 50_000) toneCache.clear();
    toneCache.set(token, key);
  }
  return key;
}

/**
 * Lowercase NFC, marks kept, tone on the canonical vowel, final y after a consonant as i (Sỹ -> sĩ), ð/Ð -> đ,
 * separators and invisible characters folded as in foldName: "Nguyễn Thị Thuỷ" and "nguyễn  thị thủy" ->
 * "nguyễn thị thủy"; "Hùng" and "Hưng" stay apart.
 */
export function accentedKey(text: string): string {
  // Cached: the disguise report keys the same titles and their written-out meanings on every lookup that has one.
  let key = keyCache.get(text);
  if (key === undefined) {
    key = accentedTokens(text).join(' ');
    if (keyCache.size > 10_000) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

const keyCache = new Map<string, string>();

/** The tokens of accentedKey(text). */
export function accentedTokens(text: string): string[] {
  const spaced = text
    .normalize('NFC')
    .toLowerCase()
    .replace(invisibleRe, '')
    .replace(/[ðđ]/g, 'đ')
    .replace(notAccentedCharRe, ' ')
    .trim();
  if (!spaced) return [];
  return spaced.split(' ').map(accentedSyllable);
}

/** Diacritic-free lowercase form of one accented token (same as foldName on a single word). */
export function foldToken(token: string): string {
  let folded = foldCache.get(token);
  if (folded === undefined) {
    folded = foldName(token).replace(/ /g, '');
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(token, folded);
  }
  return folded;
}

const foldCache = new Map<string, string>();

/** True when the token carries no diacritic (typed without marks); đ counts as a letter, as fancy fonts keep it. */
export function isUnmarked(token: string): boolean {
  return !nonAsciiRe.test(token);
}

const nonAsciiRe = /[^\x00-\x7fđ]/;
