import type { FoldedText } from './fold';
import { saidAsDoneOrRefused, type RequestCue } from './request-cues';
import { allMatches, helpWords, pronoun, regex, wordsBefore, writtenAs } from './words';

/**
 * Asking the reader to hand over a code: a one-time or verification code ("gửi anh mã OTP", "đọc giúp chị mã
 * xác nhận", "nhắn giúp anh mã 6 số Zalo vừa gửi về máy em") or the code of a phone card. Handing over a code is
 * part of the scam (the code opens the reader's bank or Zalo account), so it counts as a money request with the
 * signal card-or-otp. The code may be named after the verb ("gửi anh mã đó") or only elsewhere in the message
 * ("có mã OTP gửi về máy em, em đọc giúp chị nhé").
 */

/** A code is in the message: named as one, or a "mã" that just arrived on the reader's phone. */
const codeMention =
  /\b(?:otp|ma\s*(?:otp|xac\s*(?:thuc|nhan|minh)|kich\s*hoat|dang\s*nhap|\d{1,2}\s*(?:chu\s*)?so|(?:bon|sau|tam)\s*(?:chu\s*)?so|the(?:\s*cao)?|nap\s*the)|so\s*seri|seri|ma(?:\s*so)?(?=[^.!?\n]{0,30}?\b(?:gui|nhan|nhan\s*tin|bao|sms)\s*(?:ve|toi|den)\s*(?:may|dien\s*thoai|dt|sdt|so)\b))(?![a-z])/;
const quickCheck = /\b(?:otp|ma|seri)\b/;

const P = pronoun;
/** A verb of handing over, addressed to someone ("gửi anh", "đọc giúp chị", "gửi lại cho anh"), or followed by "mã". */
const handover = regex(
  `\\b(?:gui|doc|nhan(?:\\s*tin)?|nt|bao|chup|dua|cung\\s*cap|xin)(?=(?:\\s+(?:lai|cho|${helpWords}|${P}))+(?![a-z])|\\s[^.!?\\n]{0,25}?\\b(?:ma|otp)\\b)`,
);
const verbForms: Readonly<Record<string, readonly string[]>> = {
  gui: ['gửi'], doc: ['đọc'], nhan: ['nhắn'], bao: ['báo'], chup: ['chụp'], dua: ['đưa'], xin: ['xin'],
};
/** Who sends codes to the reader's phone: then the verb describes the code's arrival, not a handover. */
const institutions = new Set(['hang', 'thong', 'dai', 'zalo', 'facebook', 'fb', 'mang', 'viettel', 'vinaphone', 'mobifone', 'momo']);

function codeIsNamed(text: string, folded: FoldedText): boolean {
  const m = codeMention.exec(folded.lower);
  if (m === null) return false;
  // "mà"/"má" fold to "ma" too: the code word must be written "mã" (or without any marks).
  return !m[0].startsWith('ma') || writtenAs(text, folded, m.index, m.index + 2, ['mã']);
}

export function findCodeRequests(text: string, folded: FoldedText): RequestCue[] {
  const { lower } = folded;
  if (!quickCheck.test(lower) || !codeIsNamed(text, folded)) return [];
  const found: RequestCue[] = [];
  for (const m of allMatches(handover, lower)) {
    const start = m.index;
    const verb = /^[a-z]+/.exec(m[0])![0];
    const end = start + m[0].length;
    const forms = verbForms[verb];
    if (forms !== undefined && !writtenAs(text, folded, start, start + verb.length, forms)) continue;
    if (institutions.has(wordsBefore(lower, start, 1)[0] ?? '')) continue;
    // "gửi lại" hands the code back here; only done, refused and denied verbs ask nothing.
    if (saidAsDoneOrRefused(lower, start, end)) continue;
    found.push({ start, end, strength: 'strong', cardOrOtp: true });
  }
  return found;
}
