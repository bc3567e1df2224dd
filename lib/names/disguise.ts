/**
 * The disguise report of a display name: which tricks it uses to look like someone else's name, each with the
 * offending characters as they were typed, and the readable name with the tricks undone and the decorations,
 * titles and organisation removed.
 *
 * A disguise is evidence: it is what separates `lookalike` from `namesake` (product.md). Typing without marks is
 * not a disguise, and neither are separators (dots, underscores) or extra spaces: those are folding.
 */
import { accentedKey, accentedSyllable, blankLookalikes, foldName, foldToken } from './fold';
import { charInfo, isVietnameseMark, vietnameseLetter } from './letters';
import { readSegment, isNameSyllable } from './titles';

export type DisguiseTag = 'other-script' | 'fancy-letters' | 'invisible' | 'decoration' | 'claimed-title' | 'mixed-script';

export interface DisguiseDetail {
  tag: DisguiseTag;
  /** The characters as they stand in the input. */
  found: string;
  /** What they pose as (the Latin letters, the title written out); absent when they pose as nothing. */
  meaning?: string;
}

export interface NameAnalysis {
  original: string;
  /** Readable name with disguises undone and decorations, titles and organisation removed. */
  cleaned: string;
  /** accentedKey tokens of `cleaned`. */
  tokens: string[];
  /** foldName(cleaned). */
  folded: string;
  disguises: DisguiseDetail[];
  claimedTitle?: string;
  claimedOrganization?: string;
  /** Present when a word runs a name together in several ways: how many readings (AnalyzeOptions.reading) exist. */
  readings?: number;
}

/** Words that decorate an account name rather than name anyone ("Official", "VIP", "Fanpage"). */
const singleDecorations = new Set([
  'official', 'offical', 'real', 'vip', 'fanpage', 'page', 'fb', 'facebook', 'zalo', 'acc', 'account', 'new', 'mới',
  'phụ', 'clone', 'tk', 'support', 'cskh', 'admin',
]);
/** Two-word decorations ("Chính chủ": the account's owner himself; "Tài khoản": account). */
const decorationPairs = new Set(['chính chủ', 'chinh chu', 'tài khoản', 'tai khoan']);
const decorationPairFirst = new Set([...decorationPairs].map((p) => p.split(' ')[0]!));

/** Digits written for letters inside a word ("Ng0c", "M1nh"); anything else in a word is a decoration. */
const digitLetters: Record<string, string> = { '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b' };

const separatorRe = /\s*(?:[|•·;,:~\\/–—]+|\s-+\s*|-+\s)\s*/u;
const anySeparatorRe = /[|•·;,:~\\/–—-]/u;
const anyBracketRe = /[([{【「«]/u;
const bracketRe = /[([{【「«]([^)\]}】」»]*)[)\]}】」»]?/gu;
const wordSplitRe = /[\s._\-'"`!?*#@&+=^]+/u;

/** The letters of Vietnamese (precomposed) and ASCII: a name made only of these has no character to undo. */
const vietnameseLetters = 'A-Za-zÀÁÂÃÈÉÊÌÍÐÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9';
/** Text made only of those letters, digits, spaces and common separators: nothing to undo. */
export const plainTextRe = new RegExp(`^[${vietnameseLetters}0-9 .,_\\-()|/]*$`);

/**
 * The characters of plainTextRe (1) and of vietnameseLetters (2), by code unit, all below U+1F00: the two tests run
 * on every lookup, and a loop over this table is several times faster than the regexes it is made from.
 */
const plainChars = new Uint8Array(0x1f00);
const letterRe = new RegExp(`^[${vietnameseLetters}]$`);
for (let c = 0; c < plainChars.length; c++) {
  const ch = String.fromCharCode(c);
  plainChars[c] = (plainTextRe.test(ch) ? 1 : 0) | (letterRe.test(ch) ? 2 : 0);
}

/** plainTextRe.test(text). Exported for scripts/bench/names-quick.ts check, as isPlainWords. */
export function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x1f00 || !(plainChars[c]! & 1)) return false;
  }
  return true;
}

/** plainWordsRe.test(text): words of vietnameseLetters, one space between two. */
export function isPlainWords(text: string): boolean {
  if (!text.length) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      // a space is between two letters: not first, not last, not after another space
      if (i === 0 || i === text.length - 1 || text.charCodeAt(i - 1) === 0x20) return false;
    } else if (c >= 0x1f00 || !(plainChars[c]! & 2)) return false;
  }
  return true;
}

interface Run {
  tag: DisguiseTag;
  found: string;
  meaning: string;
}

/**
 * The runs of one trick in undoCharacters, each recorded as a disguise when it ends, and the scripts of the current
 * word (a word of Latin and other letters is `mixed-script`). A class rather than closures made on every call: this
 * runs on every disguised lookup (see match.ts `increasing`).
 */
class Runs {
  run: Run | undefined;
  wordHasLatin = false;
  wordHasOther = false;
  wordStart = 0;

  constructor(
    private readonly chars: string[],
    private readonly disguises: DisguiseDetail[],
  ) {}

  flush() {
    const run = this.run;
    if (run) {
      const meaning = run.meaning.normalize('NFC');
      this.disguises.push(meaning ? { tag: run.tag, found: run.found, meaning } : { tag: run.tag, found: run.found });
    }
    this.run = undefined;
  }

  extend(tag: DisguiseTag, ch: string, meaning: string) {
    if (this.run && this.run.tag !== tag) this.flush();
    this.run ??= { tag, found: '', meaning: '' };
    this.run.found += ch;
    this.run.meaning += meaning;
  }

  endWord(end: number) {
    if (this.wordHasLatin && this.wordHasOther) {
      this.disguises.push({ tag: 'mixed-script', found: this.chars.slice(this.wordStart, end).join('').trim() });
    }
    this.wordHasLatin = this.wordHasOther = false;
    this.wordStart = end + 1;
  }
}

/**
 * Pass over the characters: undo fancy and other-script letters, drop invisible characters (blank look-alikes
 * become spaces), take emoji and symbols out. Returns the text and the runs of each trick.
 */
function undoCharacters(input: string, disguises: DisguiseDetail[]): string {
  // Most names: Latin letters (Vietnamese precomposed included), spaces, separators. Such text is already NFC (no
  // mark to compose, no pair of these letters composes), so it is tested before normalizing, which costs as much.
  if (isPlainText(input)) return input;
  const nfc = input.normalize('NFC');
  if (isPlainText(nfc)) return nfc;
  const chars = Array.from(nfc);
  let out = '';
  const r = new Runs(chars, disguises);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const info = charInfo(ch);
    switch (info.kind) {
      case 'latin': {
        r.wordHasLatin = true;
        // After NFC every Vietnamese letter is one code point: a combining mark still standing after a Latin letter
        // ("n" + U+0308, "q" + U+0301) is one Vietnamese never writes there. It dresses the letter up as ï or ñ
        // do; the letter reads as itself with the Vietnamese marks it can carry.
        let j = i + 1;
        while (j < chars.length && charInfo(chars[j]!).kind === 'mark') j++;
        if (j === i + 1) {
          r.flush();
          out += ch;
          break;
        }
        const found = chars.slice(i, j).join('');
        const reads = vietnameseLetter(found);
        r.extend('fancy-letters', found, reads);
        out += reads;
        i = j - 1;
        break;
      }
      case 'digit':
        r.flush();
        out += ch.normalize('NFKC');
        break;
      case 'mark':
        if (r.run && (r.run.tag === 'fancy-letters' || r.run.tag === 'other-script')) {
          r.run.found += ch;
          if (isVietnameseMark(ch.codePointAt(0)!)) {
            r.run.meaning += ch;
            out += ch;
          }
        } else if (r.run && r.run.tag === 'decoration') r.run.found += ch;
        else {
          r.flush();
          out += ch;
        }
        break;
      case 'fancy':
        r.extend('fancy-letters', ch, info.as!);
        out += info.as!;
        break;
      case 'other-script':
        r.wordHasOther = true;
        r.extend('other-script', ch, info.as!);
        out += info.as!;
        break;
      case 'regional': {
        let j = i;
        while (j < chars.length && charInfo(chars[j]!).kind === 'regional') j++;
        const letters = chars.slice(i, j).map((c) => charInfo(c).as!).join('');
        const alone = (i === 0 || /\s/u.test(chars[i - 1]!)) && (j === chars.length || /\s/u.test(chars[j]!));
        const isFlag = j - i === 2 && alone && !isNameSyllable(letters.toLowerCase());
        for (let k = i; k < j; k++) {
          if (isFlag) r.extend('decoration', chars[k]!, '');
          else r.extend('fancy-letters', chars[k]!, charInfo(chars[k]!).as!);
        }
        if (!isFlag) out += letters;
        else out += ' ';
        i = j - 1;
        break;
      }
      case 'joiner':
        // Variation selectors, ZWJ and tags belong to the emoji before them; elsewhere they are invisible filler.
        if (r.run && r.run.tag === 'decoration') r.run.found += ch;
        else r.extend('invisible', ch, '');
        break;
      case 'invisible': {
        r.extend('invisible', ch, '');
        // A blank look-alike shows as a space; a zero-width one shows nothing, unless it is all that separates two
        // words ("Lê\u200bQuang").
        const next = chars[i + 1] ?? '';
        if (blankLookalikes.has(ch.codePointAt(0)!) || (/\p{Ll}\p{M}*$/u.test(out) && /^\p{Lu}/u.test(next))) out += ' ';
        break;
      }
      case 'emoji':
        r.extend('decoration', ch, '');
        out += ' ';
        break;
      case 'space':
        r.flush();
        r.endWord(i);
        out += ' ';
        break;
      case 'letter':
        r.flush();
        r.wordHasOther = true;
        out += ch;
        break;
      case 'punct':
        r.flush();
        out += ch;
        break;
    }
  }
  r.flush();
  r.endWord(chars.length);
  return out.normalize('NFC');
}

interface Word {
  text: string;
  key: string;
}

const keyCache = new Map<string, string>();

function keyOf(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    key = accentedSyllable(word.toLowerCase().replace(/ð/g, 'đ'));
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}

/** A segment of plain words and single spaces: split on spaces, nothing else to look at. */
export const plainWordsRe = new RegExp(`^[${vietnameseLetters}]+(?: [${vietnameseLetters}]+)*$`);

const camelRe = /(?<=\p{Ll}\p{M}*)(?=\p{Lu})/u;
/** Longest name syllable, in letters ("nghiêng"). */
const MAX_SYLLABLE = 7;

/** At most this many readings of a word run together are tried ("dangngocanh": Đặng Ngọc Anh or Đặng Ngô Cảnh). */
const MAX_READINGS = 4;

/**
 * The readings of a word that runs a name together, as a username or a hurried typist writes it ("LeQuangMinh",
 * "TrầnĐìnhPhúc", "dangngocanh"): where capitals split it into name syllables, that one; otherwise every way to
 * spell it with the fewest name syllables of two letters or more ("dang ngoc anh", "dang ngo canh"). Undefined for
 * a word that is a syllable, a known decoration, or spells no two to five name syllables ("Smith", "Official").
 */
export function splitRunTogether(text: string): string[][] | undefined {
  const key = keyOf(text);
  if (key.length < 5 || isNameSyllable(key) || singleDecorations.has(key)) return undefined;
  const camel = text.split(camelRe);
  if (camel.length >= 2 && camel.length <= 5 && camel.every((p) => isNameSyllable(keyOf(p)))) return [camel];
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return undefined;
  const n = lower.length;
  // ends[i]: where a name syllable starting at i may end
  const ends: number[][] = [];
  for (let i = 0; i < n; i++) {
    ends.push([]);
    for (let j = i + 2; j <= Math.min(n, i + MAX_SYLLABLE); j++) if (isNameSyllable(keyOf(lower.slice(i, j)))) ends[i]!.push(j);
  }
  // fewest[i]: fewest syllables that spell lower[i..n)
  const fewest = new Array<number>(n + 1).fill(Infinity);
  fewest[n] = 0;
  for (let i = n - 1; i >= 0; i--) for (const j of ends[i]!) fewest[i] = Math.min(fewest[i]!, fewest[j]! + 1);
  if (fewest[0]! < 2 || fewest[0]! > 5) return undefined;
  const readings: string[][] = [];
  const walk = (i: number, parts: string[]) => {
    if (readings.length >= MAX_READINGS) return;
    if (i === n) {
      readings.push(parts.slice());
      return;
    }
    for (const j of ends[i]!) {
      if (fewest[j]! + 1 !== fewest[i]) continue;
      parts.push(text.slice(i, j));
      walk(j, parts);
      parts.pop();
    }
  };
  walk(0, []);
  return readings;
}

/** Which reading of words run together to take (AnalyzeOptions.reading), and how many the name offers. */
interface Readings {
  reading: number;
  count: number;
}

/** Adds a word, or the syllables of a name run together (spacing is folding, not a disguise). */
function pushWord(words: Word[], text: string, readings: Readings) {
  const key = keyOf(text);
  const split = key.length >= 5 ? splitRunTogether(text) : undefined;
  if (!split) {
    words.push({ text, key });
    return;
  }
  readings.count = Math.max(readings.count, split.length);
  for (const p of split[Math.min(readings.reading, split.length - 1)]!) words.push({ text: p, key: keyOf(p) });
}

/** Splits a segment into words; digits posing as letters are undone, other digits are decorations. */
function wordsOf(segment: string, disguises: DisguiseDetail[], readings: Readings): Word[] {
  const words: Word[] = [];
  const trimmed = segment.trim();
  if (isPlainWords(trimmed)) {
    // Words between single spaces, cut with indexOf: String.prototype.split is a runtime call, twice as slow here.
    for (let start = 0; ; ) {
      const end = trimmed.indexOf(' ', start);
      pushWord(words, end < 0 ? trimmed.slice(start) : trimmed.slice(start, end), readings);
      if (end < 0) return words;
      start = end + 1;
    }
  }
  for (let text of segment.split(wordSplitRe)) {
    if (!text) continue;
    if (/\d/.test(text)) {
      const asLetters = text.replace(/\d/g, (d) => digitLetters[d] ?? d);
      if (/\p{L}/u.test(text) && !/\d/.test(asLetters) && isNameSyllable(keyOf(asLetters))) {
        disguises.push({ tag: 'fancy-letters', found: text, meaning: asLetters });
        text = asLetters;
      } else {
        const digits = text.match(/\d+/g)!.join('');
        disguises.push({ tag: 'decoration', found: digits });
        text = text.replace(/\d+/g, '');
        if (!text) continue;
      }
    }
    if (!/\p{L}/u.test(text)) {
      disguises.push({ tag: 'decoration', found: text });
      continue;
    }
    pushWord(words, text, readings);
  }
  return words;
}

/** Removes decoration words at the end (and "Official"-like words anywhere) of the name's words. */
function dropDecorationWords(words: Word[], disguises: DisguiseDetail[]): Word[] {
  const kept: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (next && decorationPairFirst.has(w.key) && decorationPairs.has(`${w.key} ${next.key}`) && words.length - 2 >= 1) {
      disguises.push({ tag: 'decoration', found: `${w.text} ${next.text}` });
      i++;
      continue;
    }
    if (singleDecorations.has(w.key) && words.length > 1) {
      disguises.push({ tag: 'decoration', found: w.text });
      continue;
    }
    kept.push(w);
  }
  return kept;
}

/** Where analyzeName collects what readClaims finds. */
interface Claimed {
  honorifics: boolean;
  disguises: DisguiseDetail[];
  titles: string[];
  organizations: string[];
}

/** The words [from, to) as typed, joined. */
function wordsText(words: Word[], from: number, to: number): string {
  return words
    .slice(from, to)
    .map((w) => w.text)
    .join(' ');
}

/**
 * Takes the titles and organisation out of a segment's words (titles.ts readSegment), recording each as a
 * `claimed-title` disguise; returns the words of the name. A module function rather than a closure in analyzeName:
 * it runs on every lookup (see match.ts `increasing`).
 */
function readClaims(words: Word[], into: Claimed): Word[] {
  const reading = readSegment(
    words.map((w) => w.key),
    into.honorifics,
  );
  for (const c of reading.claims) {
    const found = wordsText(words, c.start, c.end);
    const lead = c.lead ?? c.end - c.start;
    // Written out only where an abbreviation was used: "UBND tỉnh" -> "Ủy ban nhân dân tỉnh", "GĐ" -> "Giám đốc".
    const meaning = [c.meaning, wordsText(words, c.start + lead, c.end)].filter(Boolean).join(' ');
    const typed = wordsText(words, c.start, c.start + lead);
    into.disguises.push(
      accentedKey(typed) === accentedKey(c.meaning) || foldName(typed) === foldName(c.meaning)
        ? { tag: 'claimed-title', found }
        : { tag: 'claimed-title', found, meaning },
    );
    (c.kind === 'title' ? into.titles : into.organizations).push(found);
  }
  return words.slice(reading.nameStart, reading.nameEnd);
}

export interface AnalyzeOptions {
  /**
   * Read a leading "Anh", "Chị", "Bà", "Chú"... as a form of address (the default). The matcher reads the name again
   * with false when that word may be part of the name ("Anh Nguyễn Thị Bảo" is "Nguyễn Thị Bảo Anh" reordered).
   */
  honorifics?: boolean;
  /** Which reading to take of a word that runs a name together, when it has several (see NameAnalysis.readings). */
  reading?: number;
}

export function analyzeName(displayName: string, options: AnalyzeOptions = {}): NameAnalysis {
  return analyzeNameWords(displayName, options).analysis;
}

/**
 * analyzeName, and the words of `cleaned` as an array (cleaned.split(' '): no word holds a space), which the matcher
 * reads on every lookup: splitting the string again is a runtime call.
 */
export function analyzeNameWords(displayName: string, options: AnalyzeOptions = {}): { analysis: NameAnalysis; words: string[] } {
  const disguises: DisguiseDetail[] = [];
  const readings: Readings = { reading: options.reading ?? 0, count: 1 };
  let text = undoCharacters(displayName, disguises);
  // "Đ/c" (đồng chí) must survive the split on "/".
  if (text.includes('/')) text = text.replace(/(^|[\s(])([ĐđDdÐð])\s?\/\s?([Cc])(?=$|[\s.,:)])/gu, '$1$2c');

  const claimed: Claimed = { honorifics: options.honorifics ?? true, disguises, titles: [], organizations: [] };
  const { titles, organizations } = claimed;
  const nameParts: Word[][] = [];

  // Bracketed parts: a title or organisation, else a decoration ("(Official)", "[Chính chủ]").
  if (anyBracketRe.test(text)) text = text.replace(bracketRe, (whole, inner: string) => {
    const words = wordsOf(inner, disguises, readings);
    const claims = disguises.length;
    const rest = readClaims(words, claimed);
    if (disguises.length === claims || rest.length) {
      if (whole.trim()) disguises.push({ tag: 'decoration', found: whole.trim() });
    }
    return ' | ';
  });

  for (const segment of anySeparatorRe.test(text) ? text.split(separatorRe) : [text]) {
    const words = wordsOf(segment, disguises, readings);
    if (!words.length) continue;
    const name = dropDecorationWords(readClaims(words, claimed), disguises);
    if (name.length) nameParts.push(name);
  }
  // The first part that reads as a name is the name; any other is decoration ("Lê Quang Minh | Minh Lê Official").
  const name = nameParts[0] ?? [];
  for (const extra of nameParts.slice(1)) {
    disguises.push({ tag: 'decoration', found: extra.map((w) => w.text).join(' ') });
  }
  // Built by concatenation: Array.prototype.join costs more than the rest of this on a name of a few words.
  const words: string[] = [];
  const tokens: string[] = [];
  let cleaned = '';
  let folded = ''; // = foldName(cleaned), from the cached token folds
  for (const w of name) {
    if (words.length) {
      cleaned += ' ';
      folded += ' ';
    }
    words.push(w.text);
    tokens.push(w.key);
    cleaned += w.text;
    folded += foldToken(w.key);
  }
  const analysis: NameAnalysis = { original: displayName, cleaned, tokens, folded, disguises };
  if (readings.count > 1) analysis.readings = readings.count;
  if (titles.length) analysis.claimedTitle = titles.join(' ');
  if (organizations.length) analysis.claimedOrganization = organizations.join(' ');
  return { analysis, words };
}
