// Folding oracles: the aligned accented / unaccented given-name lists of vietnamese-namedb (shared/data/names),
// tone placement, Default_Ignorable code points (DerivedCoreProperties-17.0.0) and blank look-alikes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDir } from '../../scripts/generate/shared-path';
import { parseDefaultIgnorables } from '../../scripts/generate/confusables';
import { accentedKey, foldName, isDefaultIgnorable } from '../../lib/names/fold';

const namedb = path.join(sharedDir, 'data/names/vietnamese-namedb');
const read = (file: string) => readFileSync(path.join(namedb, file), 'utf8').split('\n').filter((l) => l.trim());

describe('foldName over vietnamese-namedb', () => {
  it.each([
    ['boy.txt', 'boy_no_accents.txt'],
    ['girl.txt', 'girl_no_accents.txt'],
    ['boy_one_word.txt', 'boy_one_word_no_accents.txt'],
    ['girl_one_word.txt', 'girl_one_word_no_accents.txt'],
  ])('every line of %s folds to the same line of %s', (accented, plain) => {
    const a = read(accented);
    const b = read(plain);
    expect(a.length).toBe(b.length);
    const mismatches = a.flatMap((line, i) => (foldName(line) === foldName(b[i]!) && foldName(b[i]!) === b[i]!.toLowerCase().trim().replace(/\s+/g, ' ') ? [] : [`${line} / ${b[i]}`]));
    expect(mismatches).toEqual([]);
  });

  it('reads U+00D0 Ð as Đ, as the lists do in about 200 lines', () => {
    const withEth = [...read('boy.txt'), ...read('girl.txt')].filter((l) => l.includes('\u00d0'));
    expect(withEth.length).toBeGreaterThan(150);
    for (const line of withEth) expect(accentedKey(line)).toBe(accentedKey(line.replace(/\u00d0/g, 'Đ')));
  });
});

describe('foldName', () => {
  it('folds case, diacritics, đ, spacing and separators', () => {
    expect(foldName('Lê Quang Minh')).toBe('le quang minh');
    expect(foldName('  LÊ   QUANG  MINH ')).toBe('le quang minh');
    expect(foldName('Lê.Quang_Minh')).toBe('le quang minh');
    expect(foldName('Lê-Quang-Minh')).toBe('le quang minh');
    expect(foldName('Đặng Ðức Hưng')).toBe('dang duc hung');
    expect(foldName('Le\u0302 Quang')).toBe('le quang'); // decomposed input
  });
  it('drops emoji and symbols', () => {
    expect(foldName('Lê Quang Minh ✔️')).toBe('le quang minh');
    expect(foldName('⭐ Lê Quang Minh ☑️')).toBe('le quang minh');
  });
  it('does not undo homoglyphs (that is the disguise report)', () => {
    expect(foldName('Lê Quаng')).not.toBe(foldName('Lê Quang')); // Cyrillic а
  });
});

describe('accentedKey', () => {
  it.each([
    ['Hòa', 'Hoà'],
    ['Thủy', 'Thuỷ'],
    ['Khỏe', 'Khoẻ'],
    ['Thúy', 'Thuý'],
    ['Hòa Bình', 'hoà  bình'],
    ['Nguyễn Thị Thủy', 'nguyễn thị thuỷ'],
    ['Hòa', 'Ho\u0300a'], // decomposed
    ['Hoà', 'Hoa\u0300'],
  ])('%s == %s (old and new tone placement)', (a, b) => {
    expect(accentedKey(a)).toBe(accentedKey(b));
  });

  it.each([
    ['Hùng', 'Hưng'],
    ['Minh', 'Mạnh'],
    ['Thủy', 'Thúy'],
    ['Hùng', 'Hung'],
    ['Lê', 'Le'],
    ['Đức', 'Dức'],
  ])('%s != %s (different marks, different names)', (a, b) => {
    expect(accentedKey(a)).not.toBe(accentedKey(b));
  });

  it.each([
    ['Sĩ', 'Sỹ'],
    ['Kỳ', 'Kì'],
    ['Lý', 'Lí'],
    ['Mỹ', 'Mĩ'],
    ['Hy', 'Hi'],
    ['Tý', 'Tí'],
    ['Vỹ', 'Vĩ'],
    ['Thy', 'Thi'],
    ['Hồ Sỹ Dũng', 'hồ sĩ dũng'],
  ])('%s == %s (a final i or y after a consonant: one syllable, two spellings)', (a, b) => {
    expect(accentedKey(a)).toBe(accentedKey(b));
  });

  it.each([
    ['Huy', 'Hui'], // y after another vowel
    ['Thùy', 'Thùi'],
    ['Duy', 'Dui'],
    ['Quý', 'Quí'], // the u of "qu"
    ['Ý', 'Í'], // no onset
    ['Sỹ', 'Sĩnh'],
  ])('%s != %s (i and y are kept apart elsewhere)', (a, b) => {
    expect(accentedKey(a)).not.toBe(accentedKey(b));
  });

  it('keeps syllables whose tone has one place', () => {
    expect(accentedKey('Quý Giá Huỳnh Người Khuya Ngoài Thuở Quyết')).toBe('quý giá huỳnh người khuya ngoài thuở quyết');
  });

  it('maps every given name of the lists to one key per spelling', () => {
    const names = [...read('boy.txt'), ...read('girl.txt')];
    for (const n of names) expect(accentedKey(accentedKey(n))).toBe(accentedKey(n)); // idempotent
  });
});

describe('invisible characters', () => {
  const ranges = parseDefaultIgnorables(
    readFileSync(path.join(sharedDir, 'data/unicode/DerivedCoreProperties-17.0.0-Default_Ignorable_Code_Point.txt'), 'utf8'),
  );

  it('knows every Default_Ignorable code point and nothing around them', () => {
    let count = 0;
    for (const [first, last] of ranges) {
      for (let cp = first; cp <= last; cp++, count++) expect(isDefaultIgnorable(cp)).toBe(true);
      expect(isDefaultIgnorable(first - 1) && !ranges.some(([a, b]) => first - 1 >= a && first - 1 <= b)).toBe(false);
      expect(isDefaultIgnorable(last + 1) && !ranges.some(([a, b]) => last + 1 >= a && last + 1 <= b)).toBe(false);
    }
    expect(count).toBeGreaterThan(4000);
  });

  it('drops every Default_Ignorable code point from a name', () => {
    for (const [first, last] of ranges) {
      for (let cp = first; cp <= last; cp++) {
        const ch = String.fromCodePoint(cp);
        expect(foldName(`Mi${ch}nh`)).toBe('minh');
        expect(accentedKey(`Mi${ch}nh`)).toBe('minh');
      }
    }
  });

  it('drops U+2800 BRAILLE PATTERN BLANK, which is not default-ignorable', () => {
    expect(isDefaultIgnorable(0x2800)).toBe(false);
    expect(foldName('Lê\u2800Quang')).toBe('lequang');
  });
});
