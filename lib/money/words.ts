import type { FoldedText } from './fold';

/**
 * Shared pieces of the folded-text patterns. Folding merges words that differ only by diacritics
 * (gấp "urgent" / gặp "meet", mượn "borrow" / muốn "want", bắn "shoot (money)" / bạn "friend"), so a few cues
 * check how the word was actually written: either without any diacritics (ambiguous, accepted) or as the
 * money word itself.
 */

/** Word boundaries for folded text: letters and digits are word characters. */
export const wordStart = '(?<![a-z0-9])';
export const wordEnd = '(?![a-z0-9])';

/** Who is asked or who asks: pronouns and kinship/office terms used in Vietnamese chat, teencode included. */
export const pronoun = '(?:anh|a|chi|c|em|e|minh|toi|tao|bac|chu|co|thay|sep|ong|cau|ban|ae)';

/** Softeners that sit between a verb and its object ("chuyển giúp anh", "mượn tạm"). */
export const helpWords = '(?:giup|ho|gium|dum|tam|it|chut|truoc|gap|ngay|luon|voi)';

export function regex(source: string): RegExp {
  return new RegExp(source, 'g');
}

/** True when the original text of folded span [start, end) is written plainly or as one of `forms`. */
export function writtenAs(text: string, folded: FoldedText, start: number, end: number, forms: readonly string[]): boolean {
  const written = text.slice(folded.origin[start], folded.origin[end]).normalize('NFC').toLowerCase();
  return written === folded.lower.slice(start, end) || forms.includes(written);
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
