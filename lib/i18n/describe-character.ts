import type { MessageKey } from './catalog';
import type { Locale } from './locale';
import { t } from './translate';

/**
 * Words for a character a scammer slipped into a name, so the user can *see* the trick: "i có dấu hai chấm"
 * for ï, "chữ Kirin" for the Cyrillic о that looks like o, "ký tự vô hình U+200B" for a zero-width space.
 * Only the shape matters to the reader, so the classes are few and coarse.
 */
export function describeCharacter(char: string, locale: Locale): string {
  const cp = char.codePointAt(0);
  if (cp === undefined) return '';
  const code = codeLabel(cp);
  if (isInvisible(cp)) return t(locale, 'char.invisible', { code });
  if (cp >= 0x0400 && cp <= 0x052f) return t(locale, 'char.cyrillic');
  if (cp >= 0x0370 && cp <= 0x03ff) return t(locale, 'char.greek');
  if (isFancyLetter(cp)) return t(locale, 'char.fancy');

  const [base, ...marks] = [...char.normalize('NFD')];
  if (base && /^[A-Za-z]$/.test(base) && marks.length > 0) {
    const words = marks.map((mark) => markName(mark, locale));
    return t(locale, 'char.withMarks', { base, marks: joinWords(words, locale) });
  }
  return t(locale, 'char.unusual', { code });
}

/** The first character of `text` that is not a plain Vietnamese letter, digit or space: the one worth naming. */
export function firstOddCharacter(text: string): string | undefined {
  return [...text].find((c) => !isPlainVietnamese(c));
}

/** "U+200B": how Unicode names a code point, which is what a technical helper will search for. */
export function codeLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The combining marks that have a name in the catalogs; the rest are named by code. */
type NamedMark = Exclude<Extract<MessageKey, `combining.${string}`>, 'combining.other'>;

const knownMarks = new Set(['0300', '0301', '0302', '0303', '0304', '0306', '0307', '0308', '0309', '030A', '030B', '030C', '031B', '0323', '0327', '0328']);

function markName(mark: string, locale: Locale): string {
  const hex = (mark.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  if (knownMarks.has(hex)) return t(locale, `combining.${hex}` as NamedMark);
  return t(locale, 'combining.other', { code: `U+${hex}` });
}

function joinWords(words: string[], locale: Locale): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${t(locale, 'word.and')} ${words[words.length - 1]}`;
}

// Zero-width and filler characters that render as nothing (or as blank space) but make two names differ.
function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    [0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x3164, 0xfeff, 0xffa0].includes(cp)
  );
}

// Styled letters that fonts draw like ordinary ones: mathematical alphanumerics, full-width forms, enclosed
// and small-capital letters, modifier letters. Names in these come from "fancy text" generators.
function isFancyLetter(cp: number): boolean {
  return (
    (cp >= 0x1d400 && cp <= 0x1d7ff) ||
    (cp >= 0xff01 && cp <= 0xff5e) ||
    (cp >= 0x2460 && cp <= 0x24ff) ||
    (cp >= 0x1f130 && cp <= 0x1f189) ||
    (cp >= 0x1d00 && cp <= 0x1dbf) ||
    (cp >= 0x02b0 && cp <= 0x02ff) ||
    (cp >= 0x2100 && cp <= 0x214f)
  );
}

const vietnameseLetters = /^[a-zA-ZàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ0-9 ]$/;

function isPlainVietnamese(c: string): boolean {
  return vietnameseLetters.test(c.normalize('NFC'));
}
