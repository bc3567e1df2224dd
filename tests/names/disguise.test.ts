// The disguise report: each trick a display name uses, with the characters as typed, and the name undone.
import { describe, expect, it } from 'vitest';
import { analyzeName, organizationMatches, titleMatches, type DisguiseTag } from '../../lib/names';
import { splitRunTogether } from '../../lib/names/disguise';

const tags = (name: string) => [...new Set(analyzeName(name).disguises.map((d) => d.tag))].sort();
const detail = (name: string, tag: DisguiseTag) => analyzeName(name).disguises.filter((d) => d.tag === tag);

describe('analyzeName: plain names', () => {
  it.each(['Lê Quang Minh', 'Le Quang Minh', 'le quang minh', 'LÊ QUANG MINH', 'Lê.Quang_Minh', 'Lê  Quang   Minh', 'Ðặng Văn Hùng'])(
    '%s has no disguise (unaccented typing and separators are folding, not disguise)',
    (name) => {
      expect(analyzeName(name).disguises).toEqual([]);
    },
  );

  it('gives tokens with canonical tone placement and the folded name', () => {
    const a = analyzeName('Nguyễn Thị Thuỷ Hoà');
    expect(a.cleaned).toBe('Nguyễn Thị Thuỷ Hoà');
    expect(a.tokens).toEqual(['nguyễn', 'thị', 'thủy', 'hòa']);
    expect(a.folded).toBe('nguyen thi thuy hoa');
  });
});

describe('analyzeName: names run together', () => {
  it.each([
    ['LeQuangMinh', 'Le Quang Minh'], // capitals mark the syllables
    ['TrầnĐìnhPhúc', 'Trần Đình Phúc'],
    ['lequangminh', 'le quang minh'], // no capitals: the fewest name syllables
    ['nguyenhuulong.sxd', 'nguyen huu long sxd'], // a username: the dot separates, the name runs together
    ['Nguyễn ThịBíchNgọc', 'Nguyễn Thị Bích Ngọc'],
  ])('%s -> %s, and spacing is no disguise', (name, cleaned) => {
    const a = analyzeName(name);
    expect(a.cleaned).toBe(cleaned);
    expect(a.disguises).toEqual([]);
  });

  it('offers every reading with the fewest syllables', () => {
    expect(splitRunTogether('dangngocanh')).toEqual([
      ['dang', 'ngo', 'canh'],
      ['dang', 'ngoc', 'anh'],
    ]);
    const a = analyzeName('dangngocanh');
    expect(a.readings).toBe(2);
    expect(analyzeName('dangngocanh', { reading: 1 }).cleaned).toBe('dang ngoc anh');
  });

  it.each(['Smith', 'Official', 'Michael', 'Emily', 'Minh', 'Nguyễn', 'xyzxyz'])('leaves %s whole', (word) => {
    expect(splitRunTogether(word)).toBeUndefined();
  });
});

describe('analyzeName: other scripts', () => {
  it('finds Cyrillic and Greek letters posing as Latin, and the word that mixes scripts', () => {
    const a = analyzeName('Lê Quаng Мinh'); // Cyrillic а, М
    expect(a.cleaned).toBe('Lê Quang Minh');
    expect(detail('Lê Quаng Мinh', 'other-script')).toEqual([
      { tag: 'other-script', found: 'а', meaning: 'a' },
      { tag: 'other-script', found: 'М', meaning: 'M' },
    ]);
    expect(detail('Lê Quаng Мinh', 'mixed-script').map((d) => d.found)).toEqual(['Quаng', 'Мinh']);
  });

  it('keeps Vietnamese marks on a Cyrillic base letter', () => {
    const a = analyzeName('Nguyе̂̃n Văn Hùng'); // Cyrillic е + circumflex + tilde
    expect(a.cleaned).toBe('Nguyễn Văn Hùng');
    expect(a.tokens[0]).toBe('nguyễn');
  });

  it('reads Greek capital iota as I', () => {
    expect(detail('Ιch', 'other-script')).toEqual([{ tag: 'other-script', found: 'Ι', meaning: 'I' }]);
  });
});

describe('analyzeName: fancy letters', () => {
  it.each([
    ['𝐋𝐞̂ 𝐐𝐮𝐚𝐧𝐠 𝐌𝐢𝐧𝐡', 'Lê Quang Minh'], // mathematical bold, with a combining circumflex
    ['𝖫𝖾̂ 𝖰𝗎𝖺𝗇𝗀 𝖬𝗂𝗇𝗁', 'Lê Quang Minh'], // sans-serif
    ['Ｌê Ｑuang Ｍinh', 'Lê Quang Minh'], // fullwidth
    ['ⓁⒺ ⓆⓊⒶⓃⒼ ⓂⒾⓃⒽ', 'LE QUANG MINH'], // circled (NFKC)
    ['🅻🅴 🆀🆄🅰🅽🅶 🅼🅸🅽🅷', 'LE QUANG MINH'], // negative squared (hand table)
    ['🅛🅔 🅠🅤🅐🅝🅖 🅜🅘🅝🅗', 'LE QUANG MINH'], // negative circled (hand table)
    ['🇱🇪 🇶🇺🇦🇳🇬 🇲🇮🇳🇭', 'LE QUANG MINH'], // regional indicators (hand table)
    ['ʟê ǫᴜᴀɴɢ ᴍɪɴʜ'.replace('ǫ', 'ꞯ'), 'lê quang minh'], // small capitals
  ])('%s -> %s', (name, cleaned) => {
    const a = analyzeName(name);
    expect(a.cleaned).toBe(cleaned);
    expect(tags(name)).toEqual(['fancy-letters']);
  });

  it('reads Latin letters that pose as others (dotless ı, kra ĸ)', () => {
    expect(analyzeName('Lê Quang Mınh').cleaned).toBe('Lê Quang Minh');
    expect(detail('Lê Quang Mınh', 'fancy-letters')).toEqual([{ tag: 'fancy-letters', found: 'ı', meaning: 'i' }]);
  });

  it.each([
    ['Lê Quang Mïnh', 'Lê Quang Minh', 'ï', 'i'], // diaeresis
    ['Lë Quang Minh', 'Le Quang Minh', 'ë', 'e'], // a foreign mark takes the place of the Vietnamese one
    ['Lê Qüang Minh', 'Lê Quang Minh', 'ü', 'u'],
    ['Võ Văn Đöc', 'Võ Văn Đoc', 'ö', 'o'],
    ['Lê Quång Minh', 'Lê Quang Minh', 'å', 'a'], // ring above
    ['Lê Quañg Minh', 'Lê Quang Minh', 'ñ', 'n'], // a tilde is a Vietnamese tone, but never on a consonant
    ['Hồ Sĩ Dũnč', 'Hồ Sĩ Dũnc', 'č', 'c'], // caron
    ['Lêŀ Minh', 'Lêl Minh', 'ŀ', 'l'], // middle dot (NFKD l + U+00B7)
    ['Łê Minh', 'Lê Minh', 'Ł', 'L'], // stroke, through its confusables prototype
    ['Lê Quang Mǜnh', 'Lê Quang Mùnh', 'ǜ', 'ù'], // the grave is Vietnamese, the diaeresis is not
    ['Lê Quang Mi\u0308nh', 'Lê Quang Minh', 'ï', 'i'], // decomposed: NFC composes it
    ['Lê Quang Mn\u0308inh', 'Lê Quang Mninh', 'n\u0308', 'n'], // a mark no precomposed letter carries
  ])('a letter with a mark Vietnamese never uses (%s) is a fancy letter read as the plain one', (name, cleaned, found, meaning) => {
    const a = analyzeName(name);
    expect(a.cleaned).toBe(cleaned);
    expect(a.disguises).toEqual([{ tag: 'fancy-letters', found, meaning }]);
  });

  it('keeps every Vietnamese letter and the Eth as they are', () => {
    const letters = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđĐÐ';
    for (const ch of [...letters, ...letters.toUpperCase()]) expect(analyzeName(`Lê ${ch}nh`).disguises, ch).toEqual([]);
  });

  it('drops a foreign mark on a fancy letter, keeps a Vietnamese one', () => {
    expect(analyzeName('𝐌𝐢̈𝐧𝐡 Lê').cleaned).toBe('Minh Lê');
    expect(analyzeName('𝐌𝐚̣𝐧𝐡 Lê').cleaned).toBe('Mạnh Lê');
  });

  it('reads a lone pair of regional indicators as a flag, a decoration', () => {
    const a = analyzeName('Lê Quang Minh 🇻🇳');
    expect(a.cleaned).toBe('Lê Quang Minh');
    expect(a.disguises).toEqual([{ tag: 'decoration', found: '🇻🇳' }]);
  });

  it('reads digits inside a word as the letters they pose as', () => {
    expect(analyzeName('Ng0 Văn Hùng').cleaned).toBe('Ngo Văn Hùng');
    expect(detail('Ng0 Văn Hùng', 'fancy-letters')).toEqual([{ tag: 'fancy-letters', found: 'Ng0', meaning: 'Ngo' }]);
  });
});

describe('analyzeName: invisible characters', () => {
  it.each([
    ['Mi\u200bnh', '\u200b'],
    ['Mi\u200dnh', '\u200d'],
    ['Mi\u2060nh', '\u2060'],
    ['Mi\u00adnh', '\u00ad'],
    ['Mi\ufeffnh', '\ufeff'],
    ['Mi\u034fnh', '\u034f'],
  ])('%j: zero-width %j is removed and reported', (name, found) => {
    const a = analyzeName(`Lê Quang ${name}`);
    expect(a.cleaned).toBe('Lê Quang Minh');
    expect(a.disguises).toEqual([{ tag: 'invisible', found }]);
  });

  it.each(['\u2800', '\u3164', '\uffa0', '\u115f'])('blank look-alike %j stands for a space', (blank) => {
    const a = analyzeName(`Lê${blank}Quang${blank}Minh`);
    expect(a.cleaned).toBe('Lê Quang Minh');
    expect(tags(`Lê${blank}Quang${blank}Minh`)).toEqual(['invisible']);
  });

  it('a zero-width space between two words is a space', () => {
    expect(analyzeName('Lê\u200bQuang\u200bMinh').cleaned).toBe('Lê Quang Minh');
  });
});

describe('analyzeName: decorations', () => {
  it.each([
    ['Lê Quang Minh ✔️', '✔️'],
    ['Lê Quang Minh ☑️', '☑️'],
    ['⭐ Lê Quang Minh', '⭐'],
    ['Lê Quang Minh (Official)', '(Official)'],
    ['Lê Quang Minh [Chính chủ]', '[Chính chủ]'],
    ['Lê Quang Minh 2024', '2024'],
    ['Lê Quang Minh Official', 'Official'],
    ['Lê Quang Minh Chính Chủ', 'Chính Chủ'],
  ])('%s: decoration %s', (name, found) => {
    const a = analyzeName(name);
    expect(a.cleaned).toBe('Lê Quang Minh');
    expect(a.disguises).toContainEqual({ tag: 'decoration', found });
  });

  it('keeps an emoji sequence whole (variation selector and ZWJ belong to it)', () => {
    expect(analyzeName('Lê Quang Minh 👨‍💼').disguises).toEqual([{ tag: 'decoration', found: '👨‍💼' }]);
  });
});

describe('analyzeName: claimed titles and organisations', () => {
  it('splits a title and an organisation before the name', () => {
    const a = analyzeName('GĐ Sở Y tế Lê Quang Minh');
    expect(a.cleaned).toBe('Lê Quang Minh');
    expect(a.claimedTitle).toBe('GĐ');
    expect(a.claimedOrganization).toBe('Sở Y tế');
    expect(detail('GĐ Sở Y tế Lê Quang Minh', 'claimed-title')).toEqual([
      { tag: 'claimed-title', found: 'GĐ', meaning: 'Giám đốc' },
      { tag: 'claimed-title', found: 'Sở Y tế' },
    ]);
  });

  it.each([
    ['Chủ tịch UBND tỉnh Quảng Trị Lê Quang Minh', 'Chủ tịch', 'UBND tỉnh Quảng Trị'],
    ['Lê Quang Minh - Giám đốc Sở Tài chính tỉnh Quảng Trị', 'Giám đốc', 'Sở Tài chính tỉnh Quảng Trị'],
    ['Lê Quang Minh | PCT UBND huyện', 'PCT', 'UBND huyện'],
    ['Lê Quang Minh (Phó Chủ tịch UBND tỉnh)', 'Phó Chủ tịch', 'UBND tỉnh'],
    ['Giam doc So Noi vu Le Quang Minh', 'Giam doc', 'So Noi vu'],
    ['PGĐ Sở Y tế Minh Lê', 'PGĐ', 'Sở Y tế'],
    ['Lê Quang Minh Giám đốc Sở Y tế', 'Giám đốc', 'Sở Y tế'],
  ])('%s', (name, title, organization) => {
    const a = analyzeName(name);
    expect(a.claimedTitle).toBe(title);
    expect(a.claimedOrganization).toBe(organization);
    expect(a.cleaned).toMatch(/^(Lê Quang Minh|Le Quang Minh|Minh Lê)$/);
  });

  // An organisation with its field ("Sở Tài chính") is whole: what follows it, after any place, is the name, even
  // typed with marks no real name has. It used to run on to the end, leaving no name to match.
  it.each([
    ['GĐ Sở Tài chính Lê Quang Mính', 'Sở Tài chính', 'Lê Quang Mính'],
    ['Sở Tài chính Lê Quang Mình', 'Sở Tài chính', 'Lê Quang Mình'],
    ['GĐ Sở Tài chính tỉnh Quảng Trị Lê Quang Mính', 'Sở Tài chính tỉnh Quảng Trị', 'Lê Quang Mính'],
    ['GĐ Sở Tài chính Quảng Trị Lê Quang Mính', 'Sở Tài chính Quảng Trị', 'Lê Quang Mính'],
  ])('%s', (name, organization, cleaned) => {
    const a = analyzeName(name);
    expect(a.claimedOrganization).toBe(organization);
    expect(a.cleaned).toBe(cleaned);
  });

  it.each([
    ['Đ/c Lê Quang Minh', 'Đc'],
    ['Sếp Minh', 'Sếp'],
    ['Anh Lê Quang Minh', 'Anh'],
    ['PGS.TS Lê Quang Minh', 'PGS TS'],
    ['Đại tá Lê Quang Minh', 'Đại tá'],
  ])('%s: form of address or rank %s', (name, title) => {
    expect(analyzeName(name).claimedTitle).toBe(title);
  });

  it.each([
    ['Chánh VP Lê Quang Minh', 'Chánh VP', 'Chánh Văn phòng'],
    ['Phó Chánh VP Lê Quang Minh', 'Phó Chánh VP', 'Phó Chánh Văn phòng'],
    ['PCVP Lê Quang Minh', 'PCVP', 'Phó Chánh Văn phòng'],
    ['Phó GĐ Lê Quang Minh', 'Phó GĐ', 'Phó Giám đốc'],
    ['CT Lê Quang Minh', 'CT', 'Chủ tịch'],
    ['Phó CT Lê Quang Minh', 'Phó CT', 'Phó Chủ tịch'],
    ['BT Lê Quang Minh', 'BT', 'Bí thư'],
    ['PBT Lê Quang Minh', 'PBT', 'Phó Bí thư'],
  ])('%s: an office abbreviated as staff write it, %s', (name, found, meaning) => {
    const a = analyzeName(name);
    expect(a.cleaned).toBe('Lê Quang Minh');
    expect(a.claimedTitle).toBe(found);
    expect(a.disguises).toEqual([{ tag: 'claimed-title', found, meaning }]);
  });

  it.each([
    ['Lê Quang Minh - VP UBND tỉnh', 'VP UBND tỉnh'],
    ['lequangminh.vp', 'vp'],
    ['Lê Quang Minh - BQL KKT Quảng Trị', 'BQL KKT Quảng Trị'],
  ])('%s: an organisation abbreviated, %s', (name, organization) => {
    expect(analyzeName(name).claimedOrganization).toBe(organization);
  });

  it('does not read names as titles or organisations', () => {
    for (const name of ['Trần Công An', 'Nguyễn Văn Phong Châu', 'Anh Thư', 'Trương Văn Bình', 'Chu Thanh Tú', 'Hà Văn Tĩnh']) {
      const a = analyzeName(name);
      expect(a.cleaned, name).toBe(name);
      expect(a.claimedTitle, name).toBeUndefined();
      expect(a.claimedOrganization, name).toBeUndefined();
    }
  });

  it('writes abbreviations out for comparison with the directory', () => {
    expect(titleMatches('GĐ', 'Giám đốc')).toBe(true);
    expect(titleMatches('Giam doc', 'Giám đốc Sở')).toBe(true);
    expect(titleMatches('PGĐ', 'Giám đốc')).toBe(false);
    expect(titleMatches('PCT', 'Phó Chủ tịch UBND tỉnh')).toBe(true);
    expect(organizationMatches('Sở Y tế', 'Sở Y tế tỉnh Quảng Trị')).toBe(true);
    expect(organizationMatches('UBND tỉnh Quảng Trị', 'Ủy ban nhân dân tỉnh Quảng Trị')).toBe(true);
    expect(organizationMatches('Sở Tài chính', 'Sở Y tế tỉnh Quảng Trị')).toBe(false);
  });
});
