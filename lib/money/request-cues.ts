import type { FoldedText } from './fold';
import type { Span } from './types';
import { allMatches, helpWords, pronoun, regex, wordEnd, wordStart, wordsBefore, writtenAs } from './words';

/**
 * Words that ask for money. "Strong" cues ask by themselves ("chuyển khoản", "cho anh mượn", "nạp thẻ"; handing
 * over a verification code is in verification-codes.ts). "Weak" cues are verbs that also carry documents and
 * people ("chuyển công văn", "gửi báo cáo", "nạp hồ sơ", "mượn tài liệu", "chuyển công tác"); they ask for money
 * only beside a sum, an account or a bank.
 * A cue said as done ("đã chuyển", "chuyển khoản rồi nhé"), refused ("đừng chuyển") or promised back
 * ("mai anh chuyển lại") asks nothing.
 */
export interface RequestCue extends Span {
  strength: 'strong' | 'weak';
  cardOrOtp: boolean;
}

const P = pronoun;
const H = helpWords;
const between = `(?:\\s+(?:${H}|${P})){0,3}`;

/** Ambiguous verb spellings: the folded word and how the money verb is written with diacritics. */
const verbForms: Readonly<Record<string, readonly string[]>> = {
  chuyen: ['chuyển'],
  gui: ['gửi'],
  nap: ['nạp'],
  muon: ['mượn'],
  vay: ['vay'],
  ung: ['ứng'],
  ban: ['bắn'],
  xin: ['xin'],
  dua: ['đưa'],
  can: ['cần'],
  xoay: ['xoay'],
  lo: ['lo'],
  cho: ['cho'],
  giup: ['giúp'],
  nho: ['nhờ'],
};

interface CuePattern {
  /** A word the pattern cannot match without: a cheap includes() that spares most messages the regex. */
  needs: readonly string[];
  pattern: RegExp;
  strength: 'strong' | 'weak';
  cardOrOtp?: boolean;
  /** Check what follows for a non-money object ("mượn tạm cái xe"). */
  objectCheck?: boolean;
  /** Counts only when a sum follows within a few words ("cần 20tr", "cho anh 5 triệu"). */
  amountAfter?: boolean;
  /** With amountAfter: the sum follows right after the match. */
  amountRightAfter?: boolean;
}

const cuePatterns: readonly CuePattern[] = [
  { needs: ['chuyen', 'c/k'],
    pattern: regex(`${wordStart}(?:chuyen\\s*khoan|chuyen\\s*tien|c\\/k)${wordEnd}`), strength: 'strong' },
  {
    needs: ['ck'],
    // "ck cho a 500 nha" too, but not "ck cho em đi chơi" (ck is also "chồng", husband).
    pattern: regex(
      `${wordStart}ck(?=\\s*(?:giup|ho|gium|dum|qua|vao|sang|truoc|gap|ngay|luon|lien|tien|\\d)|\\s+cho\\s+${P}\\s+(?:\\d|tien|it|gap|ngay|luon|truoc))`,
    ),
    strength: 'strong',
  },
  {
    needs: ['tien'],
    pattern: regex(
      `${wordStart}(?:gui|nap|muon|vay|ung|xin|dua|xoay|ban|lo|chuyen|bank)${between}(?:\\s+(?:(?:mot|1)\\s*(?:it|chut)|chut\\s*it|it|chut|khoan|so))?\\s+tien(?!\\s*(?:dien|nuoc|nha|hoc|an|tiet\\s*kiem|mat))${wordEnd}`,
    ),
    strength: 'strong',
  },
  { needs: ['muon', 'vay', 'ung'],
    pattern: regex(`${wordStart}cho\\s+${P}(?:\\s+${H})?\\s+(?:muon|vay|ung)${wordEnd}`), strength: 'strong', objectCheck: true },
  { needs: ['muon', 'vay'],
    pattern: regex(`${wordStart}(?:muon|vay)\\s+(?:tam|nong|gap)${wordEnd}`), strength: 'strong', objectCheck: true },
  { needs: ['ung'],
    pattern: regex(`${wordStart}ung\\s+(?:truoc|gap|luong|tien)${wordEnd}`), strength: 'strong' },
  { needs: ['nap'],
    pattern: regex(`${wordStart}nap\\s+(?:tien|the|card)${wordEnd}`), strength: 'strong', cardOrOtp: true },
  {
    needs: ['the', 'card'],
    pattern: regex(
      `${wordStart}(?:mua|nap|gui|chup|cao|doc|lay)\\s[^.!?\\n]{0,30}?(?:the\\s*cao|the\\s*(?:dien\\s*thoai|viettel|vina\\w*|mobi\\w*|garena|zing)|card(?:\\s*dien\\s*thoai)?)${wordEnd}`,
    ),
    strength: 'strong',
    cardOrOtp: true,
  },
  {
    needs: ['tk', 'tai khoan'],
    pattern: regex(`${wordStart}(?:vao|qua|sang)\\s+(?:stk|tk|so\\s*tk|so\\s*tai\\s*khoan|tai\\s*khoan)\\s+(?:nay|sau|duoi|nhe|nha|giup)${wordEnd}`),
    strength: 'strong',
  },
  {
    // A transfer verb whose object is a sum: "chuyển 35 triệu cho nhà thầu", "gửi anh 2 triệu" (even among budget words).
    needs: ['chuyen', 'gui', 'nap', 'ban', 'ck'],
    pattern: regex(`${wordStart}(?:chuyen|gui|nap|ban|ck)(?:\\s+(?:${H}|${P}|cho)){0,3}(?=\\s+\\d)`),
    strength: 'strong',
    amountAfter: true,
    amountRightAfter: true,
  },
  {
    // A plea for help beside a need for money: "anh đang cần một ít tiền, em giúp anh được không?"
    needs: ['giup'],
    pattern: regex(
      `(?<=(?:^|[,.!?;\\n]|${wordStart}(?:${P}|oi))\\s*(?:co\\s*the\\s+)?)giup\\s+${P}(?=\\s+(?:voi|nhe|nha|di|chut|duoc\\s*(?:khong|ko|k)|dc\\s*(?:khong|ko|k))(?![a-z])|\\s*(?:[?.!,;\\n]|$))`,
    ),
    strength: 'weak',
  },
  {
    needs: ['chuyen', 'gui', 'nap', 'muon', 'vay', 'ung', 'ban', 'ck', 'bank', 'xoay'],
    pattern: regex(`${wordStart}(?:chuyen|gui|nap|muon|vay|ung|ban|ck|bank|xoay|tam\\s*ung)${wordEnd}`),
    strength: 'weak',
    objectCheck: true,
  },
  {
    needs: [],
    pattern: regex(`${wordStart}(?:xin|dua|can|lo|ho\\s*tro|(?:cho|giup|nho)\\s+${P})${wordEnd}`),
    strength: 'weak',
    objectCheck: true,
    amountAfter: true,
  },
];

/** Words right before a verb that say it is done, refused or promised ("đã chuyển", "đừng gửi", "sẽ chuyển"). */
const refusingWords = new Set(['da', 'vua', 'moi', 'se', 'khong', 'ko', 'k', 'dung', 'cam', 'chang', 'khoi']);
const refusingPairs = new Set(['khong can', 'khong nen', 'khong duoc', 'dung co', 'ko can', 'k can', 'khong co', 'khong he', 'chua he']);
/** "không bao giờ mượn" (never); "bao giờ em chuyển" alone asks when, so only with the negation. */
const neverTriples = new Set(['khong bao gio', 'chang bao gio', 'chua bao gio', 'ko bao gio', 'k bao gio', 'dung bao gio']);
/** Verbs of messaging that report a request rather than make it: "không bao giờ nhắn tin mượn tiền". */
const reportingWords = new Set(['nhan', 'tin', 'goi', 'dien', 'hoi']);
/** Completion verbs after đã/vừa: "đã hoàn tất chuyển khoản", "vừa thực hiện chuyển tiền". */
const completingPairs = new Set(['hoan tat', 'hoan thanh', 'thuc hien']);
const pastMarks = new Set(['da', 'vua', 'moi', 'xong']);
const pronouns = new Set(['anh', 'a', 'chi', 'c', 'em', 'e', 'minh', 'toi', 'tao', 'bac', 'chu', 'co', 'thay', 'sep', 'ong', 'cau', 'ban', 'ae']);
/** The verb used as a noun: "phí chuyển khoản", "hạn mức chuyển tiền", "cách chuyển khoản". */
const nounWords = new Set(['phi', 'lenh', 'cach']);
const nounPairs = new Set([
  'han muc', 'hinh thuc', 'huong dan', 'dich vu', 'bien lai', 'uy nhiem', 'nhiem chi', 'giao dich', 'thong bao', 'tin nhan', 'noi dung',
]);

function refusedBefore(lower: string, start: number): boolean {
  let words = wordsBefore(lower, start, 7);
  const last = words[words.length - 1];
  if (last !== undefined && pronouns.has(last) && words.length > 1) words = words.slice(0, -1);
  while (words.length > 2 && reportingWords.has(words[words.length - 1]!)) words = words.slice(0, -1);
  const w1 = words[words.length - 1] ?? '';
  const w2 = words.slice(-2).join(' ');
  if (neverTriples.has(words.slice(-3).join(' '))) return true;
  if (completingPairs.has(w2) && pastMarks.has(words[words.length - 3] ?? '')) return true;
  if (!(refusingWords.has(w1) || refusingPairs.has(w2))) return false;
  // "có tiền không cho anh mượn": the không closes a question, it does not refuse.
  return !(w1 === 'khong' && words.slice(-5, -1).includes('co'));
}

function nounBefore(lower: string, start: number): boolean {
  const words = wordsBefore(lower, start, 2);
  return nounWords.has(words[words.length - 1] ?? '') || nounPairs.has(words.join(' '));
}

/** Earlier in the same clause, a sign that the speaker pays or paid ("mai anh chuyển lại cho em 5 triệu"). */
const speakerPays = /\b(?:lai|tra|hoan|da|se|vua|roi)\b/;
/** Borrowing from a bank or a policy fund is not borrowing from the reader. */
const loanFromInstitution = /^\s+(?:ngan\s*hang|von|quy)\b/;
/**
 * "chuyển khoản rồi nhé", also at the end of a longer clause ("chuyển khoản tiền hỗ trợ gia đình chị Lan rồi nhé"),
 * never in the next clause ("cho anh xin ít tiền, anh hết tiền ăn rồi", "chuyển giúp anh 5 triệu để anh đóng học rồi").
 */
const doneAfter =
  /^(?:(?!\s(?:de|vi|nhung|thi|khi|neu|sau\s*do)\s)[^.!?,;\n]){0,60}?(?<![a-z])(?:roi|xong|thanh\s*cong)((?:\s+[a-z]+){0,2})\s*(?:[.!?,;\n)]|$)/;
const doneParticles = new Set(['nhe', 'nha', 'nhen', 'a', 'ah', 'day', 'do', 'ma', 'nhi', 'ne', 'em', 'anh', 'chi', 'e', 'c', 'ha', 'hen', 'nghe', 'roi', 'nhe', 'ak', 'nhes', 'nka']);
const paidBack = /^\s*(?:lai|tra|hoan)(?![a-z])/;
const skipToObject = new RegExp(`^(?:\\s+(?:giup|ho(?!\\s*so)|gium|dum|cho|voi|lai|qua|sang|toi|den|nhanh|ngay|gap|tam|luon|di|${P})(?![a-z]))*\\s+`);
const nonMoneyObject =
  /^(?:bao\s*gia|tai\s*lieu|cong\s*van|cong\s*tac|bao\s*cao|ho\s*so|van\s*ban|file|giay|sach|xe|phong|ke\s*hoach|to\s*trinh|quyet\s*dinh|loi|thu|thong\s*tin|e?mail|link|hinh|video|clip|danh\s*sach|bieu\s*mau|mau|de\s*an|du\s*thao|hang|buu\s*pham|don|cong\s*viec|viec|so\s*lieu|du\s*lieu|bang|hop\s*dong|tin|lich|thiep|hoa|sac|but|dia\s*chi|so\s*dien\s*thoai|sdt|zalo(?!\s*pay)|nick|facebook|fb|nha|cong\s*trinh|phim|slide|ket\s*qua|y\s*kien|noi\s*dung|thong\s*bao|giay\s*moi|nghi\s*quyet|doi|giao|phat|vien|de|nganh|mon|tiep|nhuong|len|xuong|que|truong|lop|benh\s*vien|may|usb|chia\s*khoa|ban\s*(?:sao|chup|in|goc|cung|mem|ve|bao\s*cao)|cai|chiec|quyen|cuon|bo|to|tap|bai|chuyen|nguoi|dia|o|ve\s*(?:que|nha|huyen|tinh|xa))(?![a-z])/;
const amountSoon = /^[^.!?\n]{0,16}?\d/;

function isDoneOrRefused(lower: string, start: number, end: number): boolean {
  return paidBack.test(lower.slice(end, end + 12)) || saidAsDoneOrRefused(lower, start, end);
}

/** The verb at [start, end) is said as done, refused, denied or as a noun ("đã gửi", "đừng đọc", "gửi rồi nhé"). */
export function saidAsDoneOrRefused(lower: string, start: number, end: number): boolean {
  if (refusedBefore(lower, start) || nounBefore(lower, start)) return true;
  const after = lower.slice(end, end + 72);
  const done = doneAfter.exec(after);
  if (done === null) return false;
  const tail = (done[1] ?? '').trim();
  return tail === '' || tail.split(/\s+/).every((w) => doneParticles.has(w));
}

function hasNonMoneyObject(lower: string, end: number): boolean {
  const after = lower.slice(end, end + 40);
  const skipped = skipToObject.exec(after);
  return nonMoneyObject.test(skipped === null ? after.trimStart() : after.slice(skipped[0].length));
}

function clauseBefore(lower: string, start: number): string {
  const before = lower.slice(Math.max(0, start - 30), start);
  return before.slice(Math.max(...['.', ',', '!', '?', '\n', ';'].map((c) => before.lastIndexOf(c))) + 1);
}

export function findRequestCues(text: string, folded: FoldedText, amountStarts: readonly number[]): RequestCue[] {
  const { lower } = folded;
  const found: RequestCue[] = [];
  for (const cue of cuePatterns) {
    if (cue.needs.length > 0 && !cue.needs.some((word) => lower.includes(word))) continue;
    if (cue.amountAfter === true && amountStarts.length === 0) continue;
    for (const m of allMatches(cue.pattern, lower)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start <= start && end <= f.end)) continue;
      const verb = /^[a-z]+/.exec(m[0])?.[0] ?? '';
      const forms = verbForms[verb];
      if (forms !== undefined && !writtenAs(text, folded, start, start + verb.length, forms)) continue;
      if (isDoneOrRefused(lower, start, end)) continue;
      if (cue.objectCheck === true && hasNonMoneyObject(lower, end)) continue;
      if ((verb === 'vay' || verb === 'muon') && loanFromInstitution.test(lower.slice(end, end + 20))) continue;
      if (cue.amountAfter === true && !(amountSoon.test(lower.slice(end, end + 24)) && amountStarts.some((a) => a >= end && a <= end + 20))) continue;
      if (cue.amountRightAfter === true && !amountStarts.some((a) => a >= end && a <= end + 2)) continue;
      if (cue.amountAfter === true && speakerPays.test(clauseBefore(lower, start))) continue;
      found.push({ start, end, strength: cue.strength, cardOrOtp: cue.cardOrOtp === true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
