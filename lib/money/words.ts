import type { FoldedText } from './fold';

/**
 * Shared pieces of the folded-text patterns. Folding merges words that differ only by diacritics
 * (gấp "urgent" / gặp "meet", mượn "borrow" / muốn "want", bắn "shoot (money)" / bạn "friend"), so a few cues
 * check how the word was actually written: either without any diacritics (ambiguous, accepted) or as the
 * money word itself.
 */

/**
 * Word boundaries for folded text, where letters and digits are the word characters. `\b` says the same for
 * ASCII and, unlike a look-behind, lets the regex engine skip ahead to a possible first letter.
 */
export const wordStart = '\\b';
export const wordEnd = '\\b';

/** Who is asked or who asks: pronouns and kinship/office terms used in Vietnamese chat, teencode included. */
export const pronoun = '(?:anh|a|chi|c|em|e|minh|toi|tao|bac|chu|co|thay|sep|ong|cau|ban|ae)';

/** Softeners that sit between a verb and its object ("chuyển giúp anh", "mượn tạm"). */
export const helpWords = '(?:giup|ho|gium|dum|tam|it|chut|truoc|gap|ngay|luon|voi)';

export function regex(source: string): RegExp {
  return new RegExp(source, 'g');
}

/** True when the original text of folded span [start, end) is written plainly or as one of `forms`. */
export function writtenAs(text: string, folded: FoldedText, start: number, end: number, forms: readonly string[]): boolean {
  const raw = text.slice(folded.origin[start], folded.origin[end]).toLowerCase();
  const plain = folded.lower.slice(start, end);
  if (raw === plain) return true;
  const written = raw.normalize('NFC');
  return written === plain || forms.includes(written);
}

/** Runs a global regex over `source` and returns every match (the regex's lastIndex is reset). */
export function allMatches(pattern: RegExp, source: string): RegExpExecArray[] {
  pattern.lastIndex = 0;
  const found: RegExpExecArray[] = [];
  for (let m = pattern.exec(source); m !== null; m = pattern.exec(source)) {
    found.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

/** The last `n` words before `end`, for checks on what directly precedes a cue (cheaper than a `$`-anchored regex). */
export function wordsBefore(lower: string, end: number, n: number): string[] {
  const words = lower.slice(Math.max(0, end - 40), end).split(/[^a-z0-9/]+/);
  if (words[words.length - 1] === '') words.pop();
  // The first piece may be a cut word; with a short slice it is dropped unless the slice started the text.
  if (end > 40) words.shift();
  return words.slice(-n);
}
