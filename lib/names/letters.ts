/**
 * What one character of a display name is, for the disguise report: a plain Latin letter (Vietnamese included), a
 * "fancy" letter (mathematical, fullwidth, circled, squared, negative circled/squared, regional indicator, small
 * capital), a letter of another script posing as a Latin one (Cyrillic а, Greek ο), an invisible character, an
 * emoji or symbol, and so on. Results are cached per character: a directory's names use a few hundred.
 */
import { isDefaultIgnorable, blankLookalikes } from './fold';
import { confusablePrototype } from './skeleton';

export type CharKind =
  | 'latin' // a letter of the Latin script as typed (a, ư, Đ, Ð ...)
  | 'mark' // a combining mark: belongs to the character before it
  | 'digit'
  | 'space'
  | 'fancy' // a styled letter: `as` holds the plain letter
  | 'other-script' // a letter of another script that looks like a Latin one: `as` holds it
  | 'letter' // a letter of another script that imitates nothing (Han, Thai ...)
  | 'invisible' // default ignorable or blank look-alike
  | 'joiner' // ZWJ, variation selectors, tags: invisible, or part of an emoji when they follow one
  | 'emoji' // emoji and symbols (✔ ☑ ★ ♥ ™ ...)
  | 'regional' // regional indicator: a letter, or half of a flag emoji
  | 'punct';

export interface CharInfo {
  kind: CharKind;
  /** For `fancy` and `other-script`: the plain letter(s) it shows; for `regional`: the letter. */
  as?: string;
}

/**
 * Styled letters that neither confusables.txt nor NFKC bring back to a plain letter (see UNICODE_NOTES.md):
 * negative circled 1F150-1F169, negative squared 1F170-1F189 and regional indicators 1F1E6-1F1FF (A-Z each), and
 * the small capitals, which confusables.txt maps only partly and never to a plain letter.
 */
const smallCapitals: Record<string, string> = {
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴆ: 'đ', ᴇ: 'e', ꜰ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴌ: 'l',
  ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ꞯ: 'q', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
  // prototypes of confusables.txt that are themselves letter-like (Cyrillic к -> ĸ, м -> ʍ)
  ĸ: 'k', ʍ: 'm', ɑ: 'a', ɡ: 'g', ı: 'i', ȷ: 'j',
};

/**
 * The marks Vietnamese writes: the five tones (grave, acute, tilde, hook above, dot below) and the vowel marks
 * (circumflex, breve, horn). Any other mark on a Latin letter (ï ë ü ö å ñ č ā ...) is no Vietnamese spelling: it
 * is a letter dressed up to pass a filter while reading as the plain one.
 */
export const vietnameseMarks: ReadonlySet<number> = new Set([0x300, 0x301, 0x303, 0x309, 0x323, 0x302, 0x306, 0x31b]);

export function isVietnameseMark(cp: number): boolean {
  return vietnameseMarks.has(cp);
}

/**
 * The Vietnamese letter a foreign Latin letter reads as: ï -> i, ǜ -> ù (the grave is a Vietnamese tone, the
 * diaeresis is not), ŀ -> l, ł -> l, ø -> o, Å -> A; undefined for a letter Vietnamese writes (a, ư, Đ, and Ð, the
 * Eth keyboards send for Đ) or one that reads as no Vietnamese letter.
 */
export function foreignLatinAs(ch: string): string | undefined {
  if (/^[ðÐđĐ]$/.test(ch)) return undefined;
  let out = '';
  let foreign = false;
  const add = (part: string): boolean => {
    for (const c of part) {
      const cp = c.codePointAt(0)!;
      if (/^[A-Za-z]$/.test(c)) out += c;
      else if (markRe.test(c)) {
        if (vietnameseMarks.has(cp)) out += c;
        else foreign = true;
      } else if (c === '\u00b7') foreign = true; // the middle dot of ŀ (NFKD l + U+00B7)
      else return false;
    }
    return true;
  };
  for (const c of ch.normalize('NFKD')) {
    if (add(c)) continue;
    // ł, ø, æ: no decomposition; their confusables.txt prototype is the plain letter with an overlay.
    const proto = confusablePrototype(c.codePointAt(0)!);
    if (proto === undefined || !add(proto.normalize('NFD'))) return undefined;
    foreign = true;
  }
  if (!out || !/^[A-Za-z]/.test(out)) return undefined;
  const letter = vietnameseLetter(out);
  return foreign || letter !== out.normalize('NFC') ? letter : undefined;
}

/**
 * A letter (NFD: base and marks) as Vietnamese writes it: the marks Vietnamese has for that letter, or the bare
 * letter where it has none (ñ -> n: the tilde is a tone, and tones sit on vowels only; ǜ -> ù).
 */
export function vietnameseLetter(letterAndMarks: string): string {
  const nfd = letterAndMarks.normalize('NFD');
  const base = nfd.slice(0, 1);
  const kept = base + Array.from(nfd.slice(1)).filter((m) => vietnameseMarks.has(m.codePointAt(0)!)).join('');
  const nfc = kept.normalize('NFC');
  return Array.from(nfc).length === 1 && vietnameseLetterRe.test(nfc) ? nfc : base;
}

export function fancyLetter(cp: number): string | undefined {
  if (cp >= 0x1f150 && cp <= 0x1f169) return String.fromCharCode(0x41 + cp - 0x1f150);
  if (cp >= 0x1f170 && cp <= 0x1f189) return String.fromCharCode(0x41 + cp - 0x1f170);
  return smallCapitals[String.fromCodePoint(cp)];
}

const latinRe = /^\p{Script=Latin}$/u;
const letterRe = /^\p{L}$/u;
const markRe = /^\p{M}$/u;
const digitRe = /^\p{Nd}$/u;
const spaceRe = /^\s$/u;
const emojiRe = /^[\p{Extended_Pictographic}\p{S}\p{No}]$/u;
const plainLatinRe = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]$/;
const asciiLettersRe = /^[A-Za-z]+$/;
/** The precomposed letters of Vietnamese (and ASCII, đ, Ð): letters with no foreign mark. */
const vietnameseLetterRe = /^[A-Za-zÀÁÂÃÈÉÊÌÍÐÒÓÔÕÙÚÝàáâãèéêìíðòóôõùúýĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]$/u;
const asciiLettersAndMarksRe = /^[A-Za-zđĐ][\p{M}A-Za-z]*$/u;

/** The plain letters a non-Latin letter shows, through its confusables prototype, or undefined. */
function posingAs(ch: string): string | undefined {
  let mapped = '';
  for (const part of ch.normalize('NFD')) {
    const proto = confusablePrototype(part.codePointAt(0)!) ?? part;
    for (const p of proto) mapped += fancyLetter(p.codePointAt(0)!) ?? p;
  }
  mapped = mapped.normalize('NFC');
  if (!asciiLettersAndMarksRe.test(mapped.normalize('NFD'))) return undefined;
  const upper = ch !== ch.toLowerCase();
  if (upper && mapped === 'l') return 'I'; // Greek Ι, Cyrillic І: the prototype of I is l
  return mapped;
}

function classify(ch: string): CharInfo {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) {
    if (/[A-Za-z]/.test(ch)) return { kind: 'latin' };
    if (/[0-9]/.test(ch)) return { kind: 'digit' };
    if (spaceRe.test(ch)) return { kind: 'space' };
    if (/[\x00-\x1f\x7f]/.test(ch)) return { kind: 'invisible' };
    return emojiRe.test(ch) ? { kind: 'emoji' } : { kind: 'punct' };
  }
  if (cp >= 0x1f1e6 && cp <= 0x1f1ff) return { kind: 'regional', as: String.fromCharCode(0x41 + cp - 0x1f1e6) };
  if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0020 && cp <= 0xe007f) || (cp >= 0xe0100 && cp <= 0xe01ef)) {
    return { kind: 'joiner' };
  }
  if (blankLookalikes.has(cp) || isDefaultIgnorable(cp)) return { kind: 'invisible' };
  if (spaceRe.test(ch)) return { kind: 'space' };
  const fancy = fancyLetter(cp);
  if (fancy) return { kind: 'fancy', as: fancy };
  if (markRe.test(ch)) return { kind: 'mark' };
  if (latinRe.test(ch) && letterRe.test(ch) && !vietnameseLetterRe.test(ch)) {
    const as = foreignLatinAs(ch);
    if (as) return { kind: 'fancy', as };
  }
  if (plainLatinRe.test(ch) && letterRe.test(ch) && ch.normalize('NFKC') === ch) return { kind: 'latin' };
  const nfkc = ch.normalize('NFKC');
  if (nfkc !== ch) {
    // Mathematical, fullwidth, circled, squared, parenthesised letters; superscripts; ligatures.
    const inner = nfkc.replace(/^\((.)\)$/u, '$1');
    if (asciiLettersRe.test(inner) || (inner.length === 1 && latinRe.test(inner))) return { kind: 'fancy', as: inner };
    if (/^[0-9]$/.test(inner)) return { kind: 'digit' };
    if (inner.length === 1 && letterRe.test(inner) && !latinRe.test(inner)) {
      const as = posingAs(inner); // mathematical Greek letters
      if (as) return { kind: 'fancy', as };
    }
  }
  if (letterRe.test(ch)) {
    if (latinRe.test(ch)) return { kind: 'latin' };
    const as = posingAs(ch);
    return as ? { kind: 'other-script', as } : { kind: 'letter' };
  }
  if (digitRe.test(ch)) return { kind: 'digit' };
  if (emojiRe.test(ch)) return { kind: 'emoji' };
  return { kind: 'punct' };
}

const cache = new Map<string, CharInfo>();

export function charInfo(ch: string): CharInfo {
  let info = cache.get(ch);
  if (!info) {
    info = classify(ch);
    cache.set(ch, info);
  }
  return info;
}
