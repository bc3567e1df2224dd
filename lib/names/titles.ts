/**
 * Titles, ranks, honorifics and organisation phrases that a fake account puts around a leader's name
 * ("GĐ Sở Y tế Lê Quang Minh", "Lê Quang Minh - Phó Chủ tịch UBND tỉnh", "Đ/c Minh"). They are split from the
 * name so the name can be matched, and returned so a caller can compare them with the leader's `title` and
 * `organization`.
 *
 * Works on accentedKey tokens. A phrase typed without marks ("giam doc") matches; one typed with other marks does
 * not ("trương" is a surname, "trưởng" a title). Words that are also names (Anh, Chi, Phong, Quân, Vũ) are read as
 * a title or an organisation only where the position makes it clear.
 */
import { foldToken, isUnmarked, accentedTokens } from './fold';
import { nameSyllables, surnameSyllables } from './generated/name-syllables';

interface Phrase {
  words: string[];
  /** How the phrase is written out: "GĐ" -> "Giám đốc". */
  meaning: string;
}

function phrases(list: Array<string | [string, string]>): Phrase[] {
  return list.map((entry) => {
    const [typed, meaning] = typeof entry === 'string' ? [entry, entry] : entry;
    return { words: accentedTokens(typed), meaning };
  });
}

/** Offices and ranks, full and abbreviated (abbreviations as written in Vietnamese official usage). */
const officePhrases = phrases([
  'Giám đốc', ['GĐ', 'Giám đốc'], 'Phó Giám đốc', ['PGĐ', 'Phó Giám đốc'], 'Tổng Giám đốc', ['TGĐ', 'Tổng Giám đốc'],
  'Phó Tổng Giám đốc', 'Chủ tịch', 'Phó Chủ tịch', ['PCT', 'Phó Chủ tịch'], 'Bí thư', 'Phó Bí thư',
  'Trưởng phòng', 'Phó Trưởng phòng', ['PTP', 'Phó Trưởng phòng'], 'Trưởng ban', 'Phó Trưởng ban',
  'Chánh Văn phòng', ['CVP', 'Chánh Văn phòng'], 'Phó Chánh Văn phòng', 'Chánh Thanh tra', 'Chánh án', 'Viện trưởng',
  'Cục trưởng', 'Phó Cục trưởng', 'Vụ trưởng', 'Chi cục trưởng', 'Bộ trưởng', 'Thứ trưởng', 'Hiệu trưởng',
  'Phó Hiệu trưởng', 'Chủ nhiệm', 'Trưởng Công an', 'Trưởng khoa', 'Tổng Biên tập', 'Ủy viên', 'Uỷ viên',
  'Đại biểu Quốc hội', ['ĐBQH', 'Đại biểu Quốc hội'], 'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng',
  'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy', 'Đại uý',
  'Thượng uý', 'Trung uý', 'Thiếu uý', 'Giáo sư', ['GS', 'Giáo sư'], 'Phó Giáo sư', ['PGS', 'Phó Giáo sư'],
  'Tiến sĩ', ['TS', 'Tiến sĩ'], 'Thạc sĩ', ['ThS', 'Thạc sĩ'], 'Bác sĩ', ['BS', 'Bác sĩ'], 'Luật sư',
  'Đồng chí', ['Đ/c', 'Đồng chí'], ['Đc', 'Đồng chí'],
  // The office written out and its second half abbreviated, or the whole office abbreviated, as staff write them.
  ['Phó GĐ', 'Phó Giám đốc'], ['CT', 'Chủ tịch'], ['Phó CT', 'Phó Chủ tịch'], ['BT', 'Bí thư'], ['PBT', 'Phó Bí thư'],
  ['Chánh VP', 'Chánh Văn phòng'], ['Phó Chánh VP', 'Phó Chánh Văn phòng'], ['PCVP', 'Phó Chánh Văn phòng'],
]);

/**
 * Forms of address. "Anh", "Chi", "Ba" and "Chu" are also names, so these count only as the first word of a name,
 * and the unambiguous ones ("Sếp", "Chị", "Ông") only when more follows.
 */
const honorifics = phrases(['Sếp', 'Anh', 'Chị', 'Ông', 'Bà', 'Cô', 'Chú', 'Bác', 'Thầy', 'Em']);
const honorificsAlsoNames = new Set(['anh', 'em']);

/** Words that open the name of an organisation; the phrase runs on to the name that follows it, or to the end. */
const organisationStarts = phrases([
  'Sở', ['UBND', 'Ủy ban nhân dân'], 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Ủy ban', ['HĐND', 'Hội đồng nhân dân'], 'Hội đồng nhân dân', 'Công an', ['CA', 'Công an'],
  'Tỉnh ủy', 'Tỉnh uỷ', 'Huyện ủy', 'Huyện uỷ', 'Thành ủy', 'Thành uỷ', 'Thị ủy', 'Đảng ủy', 'Đảng uỷ', 'Bộ Chỉ huy',
  'Kho bạc', 'Ngân hàng', 'Bệnh viện', 'Trung tâm', 'Chi cục', 'Cục', 'Văn phòng', ['VP', 'Văn phòng'], ['BQL', 'Ban Quản lý'], 'Mặt trận', ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'], 'Liên đoàn',
  'Tòa án', 'Toà án', ['TAND', 'Tòa án nhân dân'], 'Viện kiểm sát', ['VKSND', 'Viện kiểm sát nhân dân'], 'Bảo hiểm xã hội', ['BHXH', 'Bảo hiểm xã hội'], 'Ban', 'Phòng', 'Trường', 'Bộ',
  'Vụ', 'Quân khu', 'Tỉnh đoàn', 'Công ty', ['Cty', 'Công ty'], 'Tập đoàn', 'Tổng công ty', 'Cảnh sát', 'Thanh tra', 'Hội',
]);

/** The fields of departments, boards and offices that follow "Sở", "Ban", "Phòng" ("Sở Nội vụ"), folded. */
const organisationFields = [
  'noi vu', 'y te', 'tai chinh', 'tu phap', 'xay dung', 'cong thuong', 'giao duc va dao tao', 'giao duc', 'ngoai vu',
  'nong nghiep va moi truong', 'nong nghiep va phat trien nong thon', 'nong nghiep', 'tai nguyen va moi truong',
  'khoa hoc va cong nghe', 'van hoa the thao va du lich', 'van hoa va the thao', 'van hoa', 'du lich', 'ke hoach va dau tu',
  'lao dong thuong binh va xa hoi', 'lao dong', 'giao thong van tai', 'thong tin va truyen thong', 'dan toc va ton giao',
  'dan toc', 'tuyen giao', 'tuyen giao va dan van', 'to chuc', 'dan van', 'noi chinh', 'kinh te', 'thanh tra',
  'canh sat giao thong', 'an ninh', 'quan ly du an', 'tiep cong dan', 'tong hop', 'hanh chinh',
].map((f) => f.split(' '));
const fieldsByFirst = new Map<string, string[][]>();
for (const words of organisationFields) fieldsByFirst.set(words[0]!, [...(fieldsByFirst.get(words[0]!) ?? []), words]);

function fieldLengthAt(tokens: string[], at: number): number {
  let best = 0;
  if (tokens[at] === undefined) return 0;
  for (const words of fieldsByFirst.get(foldToken(tokens[at]!)) ?? []) {
    if (words.length > best && words.every((w, k) => tokens[at + k] !== undefined && foldToken(tokens[at + k]!) === w)) {
      best = words.length;
    }
  }
  return best;
}

/** Levels of local government that open a place name ("tỉnh Quảng Trị", "huyện Gio Linh"). */
const placeWords = phrases(['tỉnh', 'thành phố', 'TP', 'huyện', 'quận', 'thị xã', 'TX', 'xã', 'phường', 'thị trấn']);

/** Provinces and centrally run cities (before and after the 2025 merger), folded: they often follow an office. */
const provinces = [
  'an giang', 'ba ria vung tau', 'vung tau', 'bac giang', 'bac kan', 'bac lieu', 'bac ninh', 'ben tre', 'binh dinh',
  'binh duong', 'binh phuoc', 'binh thuan', 'ca mau', 'can tho', 'cao bang', 'da nang', 'dak lak', 'daklak',
  'dak nong', 'dien bien', 'dong nai', 'dong thap', 'gia lai', 'ha giang', 'ha nam', 'ha noi', 'ha tinh',
  'hai duong', 'hai phong', 'hau giang', 'hoa binh', 'hung yen', 'khanh hoa', 'kien giang', 'kon tum', 'lai chau',
  'lam dong', 'lang son', 'lao cai', 'long an', 'nam dinh', 'nghe an', 'ninh binh', 'ninh thuan', 'phu tho',
  'phu yen', 'quang binh', 'quang nam', 'quang ngai', 'quang ninh', 'quang tri', 'soc trang', 'son la', 'tay ninh',
  'thai binh', 'thai nguyen', 'thanh hoa', 'thua thien hue', 'hue', 'tien giang', 'tra vinh', 'tuyen quang',
  'vinh long', 'vinh phuc', 'yen bai', 'ho chi minh', 'hcm', 'sai gon',
].map((p) => p.split(' '));

const knownSyllables = new Set(nameSyllables.split(' '));
const knownFolded = new Set([...knownSyllables].map(foldToken));
const surnames = new Set(surnameSyllables.split(' '));
const surnamesFolded = new Set([...surnames].map(foldToken));

/** A token typed as a known name syllable: exactly, or without marks. */
export function isNameSyllable(token: string): boolean {
  return knownSyllables.has(token) || (isUnmarked(token) && knownFolded.has(token));
}

/**
 * A token that is a known name syllable exactly as written, marks and their absence included: "Anh", "Hoa" and
 * "Dung" are names of their own, next to "Ánh", "Hòa" and "Dũng"; "Van" is only "Văn" or "Vân" without marks.
 */
export function isWrittenNameSyllable(token: string): boolean {
  return knownSyllables.has(token);
}

export function isSurname(token: string): boolean {
  return surnames.has(token) || (isUnmarked(token) && surnamesFolded.has(token));
}

/** Phrase word vs typed token: equal, or the token typed without marks. */
function wordMatches(word: string, token: string): boolean {
  return token === word || (isUnmarked(token) && foldToken(word) === token);
}

/** Phrases of each list by the folded form of their first word, so a lookup reads only a handful. */
const byFirstWord = new WeakMap<Phrase[], Map<string, Phrase[]>>();

function phraseAt(list: Phrase[], tokens: string[], at: number): Phrase | undefined {
  const token = tokens[at];
  if (token === undefined) return undefined;
  let index = byFirstWord.get(list);
  if (!index) {
    index = new Map();
    for (const p of list) {
      const first = foldToken(p.words[0]!);
      index.set(first, [...(index.get(first) ?? []), p]);
    }
    byFirstWord.set(list, index);
  }
  const starting = index.get(foldToken(token));
  if (!starting) return undefined; // most words of a name open no phrase
  let best: Phrase | undefined;
  for (const p of starting) {
    if (at + p.words.length > tokens.length) continue;
    if (best && best.words.length >= p.words.length) continue;
    // Typed without marks, a phrase matches whatever its marks; typed partly with marks, it must match exactly:
    // "Văn Phong" is a name, "Van phong" may be "Văn phòng".
    const span = tokens.slice(at, at + p.words.length);
    const loose = span.every(isUnmarked);
    if (p.words.every((w, k) => (loose ? wordMatches(w, span[k]!) : w === span[k]))) best = p;
  }
  return best;
}

/**
 * A one-syllable organisation word that is also a name syllable ("Phòng"/Phong, "Vụ"/Vũ, "Ban", "Hội") opens an
 * organisation only when typed with its own marks, or right after a title.
 */
function organisationAt(tokens: string[], at: number, afterTitle: boolean): Phrase | undefined {
  const p = phraseAt(organisationStarts, tokens, at);
  if (!p) return undefined;
  if (p.words.length === 1 && !afterTitle) {
    const typed = tokens[at]!;
    if (typed !== p.words[0] && knownFolded.has(foldToken(typed))) return undefined;
    if (typed === p.words[0] && knownSyllables.has(typed)) return undefined;
  }
  return p;
}

const provincesByFirst = new Map<string, string[][]>();
for (const words of provinces) provincesByFirst.set(words[0]!, [...(provincesByFirst.get(words[0]!) ?? []), words]);

function provinceLengthAt(tokens: string[], at: number): number {
  let best = 0;
  if (tokens[at] === undefined) return 0;
  for (const words of provincesByFirst.get(foldToken(tokens[at]!)) ?? []) {
    if (words.length > best && words.every((w, k) => tokens[at + k] !== undefined && foldToken(tokens[at + k]!) === w)) {
      best = words.length;
    }
  }
  return best;
}

/** Where a place after an organisation ends: provinces, with or without "tỉnh"/"thành phố" before them. */
function afterPlace(tokens: string[], at: number): number {
  let j = at;
  for (;;) {
    const province = provinceLengthAt(tokens, j);
    if (province) {
      j += province;
      continue;
    }
    const place = phraseAt(placeWords, tokens, j);
    const named = place ? provinceLengthAt(tokens, j + place.words.length) : 0;
    if (place && named) {
      j += place.words.length + named;
      continue;
    }
    return j;
  }
}

function looksLikeName(tokens: string[]): boolean {
  return (
    tokens.length >= 2 &&
    tokens.length <= 5 &&
    isSurname(tokens[0]!) &&
    tokens.every((t, k) => isNameSyllable(t) && !phraseAt(officePhrases, tokens, k) && !phraseAt(placeWords, tokens, k))
  );
}

export interface ClaimedTitle {
  /** Token range [start, end) in the segment. */
  start: number;
  end: number;
  /** The title written out; for an organisation, its first word(s) written out ("UBND" -> "Ủy ban nhân dân"). */
  meaning: string;
  /** Number of words that `meaning` stands for. */
  lead?: number;
  kind: 'title' | 'organization';
}

export interface SegmentReading {
  claims: ClaimedTitle[];
  /** Token range of the name, empty when the segment holds only titles and organisations. */
  nameStart: number;
  nameEnd: number;
}

/** Titles, then an organisation, read from `at`: returns the claims and where they stop. */
function readClaims(tokens: string[], at: number, claims: ClaimedTitle[], leading: boolean, honorificsToo = leading): number {
  let i = at;
  let afterTitle = false;
  for (;;) {
    const office = phraseAt(officePhrases, tokens, i);
    if (office) {
      claims.push({ start: i, end: i + office.words.length, meaning: office.meaning, kind: 'title' });
      i += office.words.length;
      afterTitle = true;
      continue;
    }
    if (honorificsToo && i === at && claims.length === 0) {
      const h = phraseAt(honorifics, tokens, i);
      if (h) {
        const typed = tokens[i]!;
        const rest = tokens.length - i - 1;
        // "Anh" is also a name, and "Chu", "Ong", "Ba" typed without marks are surnames: only before a surname,
        // and not when the word itself may be the surname ("Chu Thanh Tú").
        const ambiguous = honorificsAlsoNames.has(h.words[0]!) || typed !== h.words[0];
        if (ambiguous ? rest >= 2 && isSurname(tokens[i + 1]!) && !isSurname(typed) : rest >= 1) {
          claims.push({ start: i, end: i + 1, meaning: h.meaning, kind: 'title' });
          i += 1;
          continue;
        }
      }
    }
    break;
  }
  const org = organisationAt(tokens, i, afterTitle) ?? (afterTitle ? phraseAt(placeWords, tokens, i) : undefined);
  if (!org) return i;
  const start = i;
  let j = i + org.words.length;
  const field = fieldLengthAt(tokens, j); // "Sở" + "Nội vụ": the field is never the start of the name
  j += field;
  let end = tokens.length;
  if (field > 0 && leading) {
    // "Sở Tài chính" is whole once its field is read: only a place may follow ("tỉnh Quảng Trị", "Quảng Trị"), and
    // what comes next is the name, even one typed with marks no real name has ("GĐ Sở Tài chính Lê Quang Mính").
    j = afterPlace(tokens, j);
    if (j < tokens.length) end = j;
  }
  while (end === tokens.length && j < tokens.length) {
    const province = provinceLengthAt(tokens, j);
    if (province) {
      j += province;
      continue;
    }
    if (leading && looksLikeName(tokens.slice(j))) {
      end = j;
      break;
    }
    j++;
  }
  claims.push({ start, end, meaning: org.meaning, lead: org.words.length, kind: 'organization' });
  return end;
}

/**
 * Reads one segment of a display name (text between separators such as " - ", "|", brackets): leading titles and
 * organisation, the name, trailing titles and organisation.
 */
export function readSegment(tokens: string[], honorifics = true): SegmentReading {
  const claims: ClaimedTitle[] = [];
  const nameStart = readClaims(tokens, 0, claims, true, honorifics);
  let nameEnd = tokens.length;
  // A title or organisation after the name: "Lê Quang Minh Giám đốc Sở Y tế". The name keeps two words at least
  // ("Trần Công An" is a name, not "Trần" of the police).
  for (let k = nameStart + 2; k < tokens.length; k++) {
    if (phraseAt(officePhrases, tokens, k) || organisationAt(tokens, k, false)) {
      nameEnd = k;
      readClaims(tokens, k, claims, false);
      break;
    }
  }
  if (nameStart >= nameEnd && claims.length) {
    // Everything read as a claim: the name may still close the organisation ("GĐ Sở Y tế Minh Lê").
    const last = claims[claims.length - 1]!;
    let k = last.end;
    while (k > last.start + 2 && isNameSyllable(tokens[k - 1]!) && last.end - k < 4) k--;
    if (last.kind === 'organization' && k < last.end && last.end - k >= 2) {
      last.end = k;
      return { claims, nameStart: k, nameEnd: tokens.length };
    }
  }
  return { claims, nameStart, nameEnd: Math.max(nameStart, nameEnd) };
}

/** True when the claimed title names the same office as the leader's title ("GĐ" and "Giám đốc Sở"). */
export function titleMatches(claimed: string, leaderTitle: string): boolean {
  const a = accentedTokens(claimed);
  const b = accentedTokens(leaderTitle);
  if (!a.length || !b.length) return false;
  const expanded = phraseAt(officePhrases, a, 0);
  const words = expanded && expanded.words.length === a.length ? accentedTokens(expanded.meaning) : a;
  // The leader's title holds the claim ("Giám đốc" in "Giám đốc Sở"), or the claim opens with it ("Giám đốc Sở Y tế"
  // for "Giám đốc"); "Phó Giám đốc" is another office.
  return containsPhrase(b, words) || startsWith(words, b);
}

function startsWith(haystack: string[], needle: string[]): boolean {
  return needle.length <= haystack.length && needle.every((w, k) => foldToken(w) === foldToken(haystack[k]!));
}

/** True when the claimed organisation names the leader's ("Sở Y tế" and "Sở Y tế tỉnh Quảng Trị"). */
export function organizationMatches(claimed: string, leaderOrganization: string): boolean {
  const a = expandOrganisation(claimed).map(foldToken);
  const b = expandOrganisation(leaderOrganization).map(foldToken);
  if (a.length < 2 || !b.length) return false;
  return containsPhrase(b, a) || containsPhrase(a, b) || containsWithInitials(b, a);
}

/** The words of an organisation, each one-word abbreviation written out ("UBND" -> "Ủy ban nhân dân"). */
function expandOrganisation(text: string): string[] {
  return accentedTokens(text).flatMap((t) => {
    const p = phraseAt(organisationStarts, [t], 0);
    return p && p.words.length === 1 && p.meaning !== t ? accentedTokens(p.meaning) : [t];
  });
}

/**
 * The end of `word` read as initials in `haystack` from `at`, one letter a word, skipping "và"; -1 where it is not.
 */
function initialsEnd(haystack: string[], word: string, at: number): number {
  let k = at;
  for (let c = 0; c < word.length; c++) {
    if (haystack[k] === 'va' && k > 0) k++;
    if (haystack[k]?.[0] !== word[c]) return -1;
    k++;
  }
  return k;
}

/**
 * True when `needle` (folded words) stands in `haystack` with some words written as the initials of several
 * ("So GD DT" in "so giao duc va dao tao tinh quang tri": "và" needs no letter, as in "GD&ĐT").
 */
function containsWithInitials(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i < haystack.length; i++) {
    let j = i;
    for (const word of needle) {
      if (haystack[j] === word) j++;
      else if (word.length >= 2 && (j = initialsEnd(haystack, word, j)) >= 0) continue;
      else continue outer;
    }
    return true;
  }
  return false;
}

function containsPhrase(haystack: string[], needle: string[]): boolean {
  const h = haystack.map(foldToken);
  const n = needle.map(foldToken);
  outer: for (let i = 0; i + n.length <= h.length; i++) {
    for (let k = 0; k < n.length; k++) if (h[i + k] !== n[k]) continue outer;
    return true;
  }
  return false;
}
