// The matcher on the hard pairs of Vietnamese names, and the explanation each result carries.
import { describe, expect, it } from 'vitest';
import { createNameIndex, LOOKALIKE_NAME_THRESHOLD, MIN_REPORTED_SCORE, organizationMatches, type NameMatch } from '../../lib/names';
import { withinOneEdit } from '../../lib/names/match';

const index = createNameIndex([
  { leaderId: 'qt-stc-gd', name: 'Lê Quang Minh', aliases: ['Minh Lê'] },
  { leaderId: 'hung', name: 'Nguyễn Văn Hùng' },
  { leaderId: 'hung2', name: 'Nguyễn Văn Hưng' },
  { leaderId: 'thuy', name: 'Trần Thị Thủy' },
  { leaderId: 'hoa', name: 'Phạm Văn Hòa' },
  { leaderId: 'manh', name: 'Đỗ Đức Mạnh' },
  { leaderId: 'anh', name: 'Nguyễn Thị Bảo Anh' },
  { leaderId: 'lvm', name: 'Lê Văn Minh' },
]);

const best = (name: string): NameMatch | undefined => index.match(name)[0];
const same = (name: string) => index.match(name).filter((m) => m.score >= LOOKALIKE_NAME_THRESHOLD);
const kinds = (m: NameMatch | undefined) => m?.differences.map((d) => d.kind) ?? [];

describe('exact and folded-equal names', () => {
  it('an exact name scores 1 and is plainly equal', () => {
    const m = best('Lê Quang Minh')!;
    expect(m).toMatchObject({ leaderId: 'qt-stc-gd', score: 1, plainEqual: true, differences: [] });
    expect(index.size).toBe(8);
  });

  it('case, spacing and separators change nothing', () => {
    for (const name of ['LÊ QUANG MINH', '  lê   quang minh ', 'Lê.Quang.Minh', 'lê_quang_minh']) {
      expect(best(name)).toMatchObject({ leaderId: 'qt-stc-gd', score: 1, plainEqual: true });
    }
  });

  it('unaccented typing matches the marked name, near 1', () => {
    const m = best('Le Quang Minh')!;
    expect(m.leaderId).toBe('qt-stc-gd');
    expect(m.score).toBeGreaterThanOrEqual(0.95);
    expect(m.plainEqual).toBe(true);
    expect(kinds(m)).toEqual(['unaccented']);
  });

  it('unaccented typing matches every name with those letters', () => {
    expect(same('Nguyen Van Hung').map((m) => m.leaderId).sort()).toEqual(['hung', 'hung2']);
  });

  it('old and new tone placement are the same name, and the result says so', () => {
    for (const [typed, id] of [['Trần Thị Thuỷ', 'thuy'], ['Phạm Văn Hoà', 'hoa']] as const) {
      const m = best(typed)!;
      expect(m.leaderId).toBe(id);
      expect(m.score).toBe(1);
      expect(kinds(m)).toEqual(['tone-placement']);
    }
  });
});

describe('different names stay apart', () => {
  it.each([
    ['Nguyễn Văn Hưng', 'hung'], // Hưng is not Hùng
    ['Nguyễn Văn Hùng', 'hung2'],
    ['Trần Thị Thúy', 'thuy'], // Thúy is not Thủy
    ['Lê Quang Mạnh', 'qt-stc-gd'], // Mạnh is not Minh
    ['Đỗ Đức Minh', 'manh'],
    ['Lê Quang Hùng', 'qt-stc-gd'], // another given name
    ['Lê Thị Lan', 'qt-stc-gd'], // only the surname in common
    ['Minh', 'qt-stc-gd'], // the given name alone
    ['Lê', 'qt-stc-gd'],
    ['Lê Minh Quang', 'qt-stc-gd'], // middle and given name swapped: another name
  ])('%s does not reach the threshold for %s', (typed, id) => {
    expect(same(typed).map((m) => m.leaderId)).not.toContain(id);
  });

  it('a marked word must match the marks: "Hưng" is found only as Hưng', () => {
    expect(same('Nguyễn Văn Hưng').map((m) => m.leaderId)).toEqual(['hung2']);
  });
});

describe('Vietnamese variations of one name', () => {
  it('given name first ("Minh Lê Quang") or surname last ("Quang Minh Lê")', () => {
    for (const typed of ['Minh Lê Quang', 'Quang Minh Lê']) {
      const m = best(typed)!;
      expect(m.leaderId).toBe('qt-stc-gd');
      expect(m.score).toBeGreaterThanOrEqual(LOOKALIKE_NAME_THRESHOLD);
      expect(m.score).toBeLessThan(1);
      expect(kinds(m)).toEqual(['reordered']);
      expect(m.differences[0]!.detail).toContain('Lê Quang Minh');
    }
  });

  it('the middle name left out, when that still points to one leader', () => {
    const m = best('Mạnh Đỗ')!;
    expect(m.leaderId).toBe('manh');
    expect(m.score).toBeGreaterThanOrEqual(LOOKALIKE_NAME_THRESHOLD);
    expect(kinds(m)).toEqual(['reordered', 'missing-middle']);
    expect(m.differences[1]!.detail).toContain('Đức');
  });

  it('the middle name left out, when that fits two leaders, proves neither', () => {
    const results = index.match('Lê Minh');
    // "Minh Lê" is an alias of qt-stc-gd: reordered, strong. "Lê Văn Minh" without "Văn": weak and ambiguous.
    expect(results[0]).toMatchObject({ leaderId: 'qt-stc-gd' });
    const lvm = results.find((m) => m.leaderId === 'lvm')!;
    expect(lvm.score).toBeLessThan(LOOKALIKE_NAME_THRESHOLD);
    expect(lvm.score).toBeGreaterThanOrEqual(MIN_REPORTED_SCORE);
    expect(lvm.differences.at(-1)!.detail).toMatch(/^ambiguous/);
  });

  it.each(['LeQuangMinh', 'lequangminh', 'lequangminh.qt'])('a name run together (%s) is the name', (typed) => {
    expect(best(typed)).toMatchObject({ leaderId: 'qt-stc-gd' });
    expect(best(typed)!.score).toBeGreaterThanOrEqual(LOOKALIKE_NAME_THRESHOLD);
  });

  it('a name run together is read every way it spells until one is a leader\'s ("baoanh": Bảo Anh, not Bao Oanh)', () => {
    const m = best('nguyenthibaoanh')!;
    expect(m.leaderId).toBe('anh');
    expect(m.score).toBeGreaterThanOrEqual(LOOKALIKE_NAME_THRESHOLD);
  });

  it('an alias matches as listed', () => {
    expect(best('Minh Lê')).toMatchObject({ leaderId: 'qt-stc-gd', score: 1, plainEqual: true });
  });

  it('a given name that is also a form of address ("Anh") is read both ways', () => {
    const m = best('Anh Nguyễn Thị Bảo')!;
    expect(m.leaderId).toBe('anh');
    expect(kinds(m)).toContain('reordered');
  });
});

describe('a claimed title or organisation decides between equal readings', () => {
  const hung = createNameIndex([
    { leaderId: 'hung', name: 'Nguyễn Văn Hùng', title: 'Giám đốc', organization: 'Sở Y tế tỉnh Quảng Trị' },
    { leaderId: 'hung2', name: 'Nguyễn Văn Hưng', title: 'Phó Giám đốc', organization: 'Sở Giáo dục và Đào tạo tỉnh Quảng Trị' },
  ]);
  const order = (name: string) => hung.match(name).map((m) => m.leaderId);

  it.each([
    ['Nguyen Van Hung - So GD&DT', ['hung2', 'hung']], // organisation initials: Giáo dục (và) Đào tạo
    ['Nguyen Van Hung - Sở Giáo dục', ['hung2', 'hung']],
    ['Nguyen Van Hung - So Y Te', ['hung', 'hung2']],
    ['PGĐ Nguyen Van Hung', ['hung2', 'hung']],
  ])('%s', (typed, ids) => {
    expect(order(typed)).toEqual(ids);
  });

  it('a claim never outweighs the name: "Nguyễn Văn Hùng - Sở GD&ĐT" is still Hùng', () => {
    expect(order('Nguyễn Văn Hùng - Sở GD&ĐT')[0]).toBe('hung');
  });

  it('organisation initials: organizationMatches', () => {
    expect(organizationMatches('Sở GD&ĐT', 'Sở Giáo dục và Đào tạo tỉnh Quảng Trị')).toBe(true);
    expect(organizationMatches('BQL KKT', 'Ban Quản lý Khu kinh tế tỉnh Quảng Trị')).toBe(true);
    expect(organizationMatches('Sở TC', 'Sở Tài chính')).toBe(true);
    expect(organizationMatches('Sở TC', 'Sở Tư pháp')).toBe(false);
    expect(organizationMatches('Sở GD&ĐT', 'Sở Y tế tỉnh Quảng Trị')).toBe(false);
  });
});

describe('marks that say another name', () => {
  const marks = createNameIndex([
    { leaderId: 'anh', name: 'Đặng Ngọc Ánh' },
    { leaderId: 'hoa', name: 'Phạm Thị Thanh Hòa' },
    { leaderId: 'dung', name: 'Hồ Sĩ Dũng' },
  ]);
  const top = (name: string) => marks.match(name)[0];

  it.each([
    ['Đặng Ngọc Anh', 'anh'], // Anh is a name of its own, written bare among marked words
    ['Phạm Thị Thanh Hoa', 'hoa'],
    ['Hồ Sĩ Dung', 'dung'],
  ])('%s: a bare word that is a name syllable is taken as written, not as %s typed without marks', (typed, id) => {
    const m = top(typed)!;
    expect(m.leaderId).toBe(id);
    expect(m.score).toBeLessThan(LOOKALIKE_NAME_THRESHOLD);
    expect(kinds(m)).toEqual(['different-marks']);
  });

  it.each(['Dang Ngoc Anh', 'Pham Thi Thanh Hoa', 'Ho Si Dung', 'DANG NGOC ANH'])('%s, typed entirely without marks, still matches', (typed) => {
    expect(top(typed)!.score).toBeGreaterThanOrEqual(LOOKALIKE_NAME_THRESHOLD);
  });

  it('a bare word that is no name syllable of its own is still typed without marks ("Van" for "Văn")', () => {
    const i = createNameIndex([{ leaderId: 'hung', name: 'Nguyễn Văn Hùng' }]);
    const m = i.match('Nguyễn Van Hùng')[0]!;
    expect(m.score).toBeGreaterThanOrEqual(LOOKALIKE_NAME_THRESHOLD);
    expect(kinds(m)).toEqual(['unaccented']);
  });

  it.each(['𝐃𝐚̣̆𝐧𝐠 𝐍𝐠𝐨̣𝐜 𝐀́𝐧𝐡', 'Dᴀ̣̆ɴɢ Nɢᴏ̣ᴄ Áɴʜ'])('%s: fancy letters have no Đ, so their D is no other mark', (typed) => {
    const m = top(typed)!;
    expect(m.leaderId).toBe('anh');
    expect(m.score).toBeGreaterThanOrEqual(LOOKALIKE_NAME_THRESHOLD);
  });

  it('plain letters have a Đ: "Dặng" is another mark', () => {
    expect(top('Dặng Ngọc Ánh')!.score).toBeLessThan(LOOKALIKE_NAME_THRESHOLD);
  });

  it.each([
    ['Phạm Thị Thanh Hóa', 'hoa'], // acute for grave
    ['Hồ Sĩ Dụng', 'dung'],
    ['Đặng Ngọc Ảnh', 'anh'],
  ])('%s differs from %s only by a mark: similar, never the same name', (typed, id) => {
    const m = top(typed)!;
    expect(m.leaderId).toBe(id);
    expect(m.score).toBeLessThan(LOOKALIKE_NAME_THRESHOLD);
    expect(m.differences.map((d) => d.kind)).toEqual(['different-marks']);
  });
});

describe('i/y spellings of one syllable', () => {
  const iy = createNameIndex([
    { leaderId: 'dung', name: 'Hồ Sĩ Dũng' },
    { leaderId: 'ky', name: 'Nguyễn Văn Kỳ' },
    { leaderId: 'huy', name: 'Trần Quang Huy' },
  ]);
  const top = (name: string) => iy.match(name).filter((m) => m.score >= LOOKALIKE_NAME_THRESHOLD)[0];

  it.each([
    ['Hồ Sỹ Dũng', 'dung', '"Sỹ" is "Sĩ" spelled with y'],
    ['Nguyễn Văn Kì', 'ky', '"Kì" is "Kỳ" spelled with i'],
  ])('%s is the same name', (typed, id, detail) => {
    const m = top(typed)!;
    expect(m.leaderId).toBe(id);
    expect(m.score).toBe(1);
    expect(m.plainEqual).toBe(false);
    expect(m.differences).toEqual([{ kind: 'spelling', detail }]);
  });

  it('unaccented: "Ho Sy Dung" is typed Hồ Sĩ Dũng', () => {
    expect(top('Ho Sy Dung')?.leaderId).toBe('dung');
  });

  it('Huy is not Hui: at most a one-letter typo, never the same spelling', () => {
    const m = iy.match('Trần Quang Hui')[0]!;
    expect(m.score).toBeLessThan(1);
    expect(kinds(m)).toEqual(['typo']);
  });
});

describe('typos', () => {
  it('a typo that is no real syllable may match ("Mihn" for "Minh")', () => {
    const m = best('Lê Quang Mihn')!;
    expect(m.leaderId).toBe('qt-stc-gd');
    expect(m.score).toBeGreaterThanOrEqual(LOOKALIKE_NAME_THRESHOLD);
    expect(m.score).toBeLessThan(0.95);
    expect(m.differences).toEqual([{ kind: 'typo', detail: '"Mihn" looks like a typo for "Minh"' }]);
  });

  it('a two-letter word with a letter dropped ("Vă" for "Văn"), its marks kept', () => {
    const m = best('Nguyễn Vă Hùng')!;
    expect(m.leaderId).toBe('hung');
    expect(m.score).toBeGreaterThanOrEqual(LOOKALIKE_NAME_THRESHOLD);
    expect(m.differences).toEqual([{ kind: 'typo', detail: '"Vă" looks like a typo for "Văn"' }]);
  });

  it('a doubled letter that moves the canonical tone place ("Hòaa" keys as "hoàa") is one typo', () => {
    const m = best('Phạm Văn Hòaa')!;
    expect(m.leaderId).toBe('hoa');
    expect(kinds(m)).toEqual(['typo']);
  });

  it('only one typo', () => {
    expect(same('Lê Quagn Mihn')).toEqual([]);
  });

  it('a typo that fits two names proves neither ("Hừng": Hùng or Hưng)', () => {
    const results = index.match('Nguyễn Văn Hừng');
    expect(results.map((m) => m.leaderId).sort()).toEqual(['hung', 'hung2']);
    for (const m of results) expect(m.score).toBeLessThan(LOOKALIKE_NAME_THRESHOLD);
  });

  it('withinOneEdit: substitution, insertion, deletion, adjacent transposition', () => {
    expect(withinOneEdit('minh', 'mihn')).toBe(true);
    expect(withinOneEdit('minh', 'minhh')).toBe(true);
    expect(withinOneEdit('minh', 'mnh')).toBe(true);
    expect(withinOneEdit('minh', 'manh')).toBe(true);
    expect(withinOneEdit('minh', 'mahn')).toBe(false);
    expect(withinOneEdit('minh', 'mi')).toBe(false);
  });
});

describe('disguised names', () => {
  it.each([
    'Lê Quаng Мinh', // Cyrillic а and М
    '𝐋𝐞̂ 𝐐𝐮𝐚𝐧𝐠 𝐌𝐢𝐧𝐡',
    'Lê\u200bQuang\u2800Minh',
    'GĐ Sở Tài chính Lê Quang Minh ✔️',
    'Lê Quang Minh (Official)',
    '🅻🅴 🆀🆄🅰🅽🅶 🅼🅸🅽🅷',
  ])('%s matches the leader above the threshold', (typed) => {
    const m = best(typed)!;
    expect(m.leaderId).toBe('qt-stc-gd');
    expect(m.score).toBeGreaterThanOrEqual(LOOKALIKE_NAME_THRESHOLD);
    expect(m.disguises.length).toBeGreaterThan(0);
  });

  it('plainEqual tells a namesake from a disguise', () => {
    expect(best('Lê Quаng Мinh')!.plainEqual).toBe(false); // Cyrillic letters do not fold away
    expect(best('Lê Quang Minh ✔️')!.plainEqual).toBe(true); // foldName drops emoji: the disguise list tells
    expect(best('GĐ Lê Quang Minh')!.plainEqual).toBe(false);
  });

  it('explains character disguises', () => {
    const m = best('Lê Quаng Мinh')!;
    expect(m.differences).toContainEqual({ kind: 'disguised', detail: 'characters disguised: other-script, mixed-script' });
    expect(m.analysis.cleaned).toBe('Lê Quang Minh');
  });

  it('Latin look-alikes of Latin letters ("rn" for "m") match through skeletons', () => {
    const m = best('Phạrn Văn Hòa')!;
    expect(m.leaderId).toBe('hoa');
    expect(m.score).toBeGreaterThanOrEqual(LOOKALIKE_NAME_THRESHOLD);
    expect(m.differences).toEqual([{ kind: 'disguised', detail: '"Phạrn" is drawn to look like "Phạm"' }]);
  });

  it('an unknown extra word costs, and is explained', () => {
    const m = best('Lê Quang Minh xyz')!;
    expect(m.leaderId).toBe('qt-stc-gd');
    expect(m.differences).toEqual([{ kind: 'extra-words', detail: '"xyz" is not part of "Lê Quang Minh"' }]);
    expect(same('Lê Quang Minh Tuấn')).toEqual([]); // a real name word is another name
  });
});
