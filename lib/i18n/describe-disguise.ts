import type { Reason } from '../verdict/types';
import { describeCharacter, firstOddCharacter } from './describe-character';
import type { Locale } from './locale';
import { t } from './translate';

export type DisguisedName = Extract<Reason, { code: 'disguised-name' }>;
/** How a disguise reads: which sentence frame fits its phrase ("uses ...", "has ...", "carries ..."). */
export type DisguiseShape = 'replaces' | 'inserted' | 'decoration' | 'other';

/** Classifies a disguise by what the reader will see: a swapped letter, a hidden character, or an ornament. */
export function disguiseShape(reason: DisguisedName): DisguiseShape {
  const odd = firstOddCharacter(reason.found) ?? reason.found;
  if (/decor/i.test(reason.tag)) return 'decoration';
  if (reason.meaning) return 'replaces';
  if (/invisible|zero-width|hidden/i.test(reason.tag) || describesAsInvisible(odd)) return 'inserted';
  return 'other';
}

/**
 * The disguise as a phrase that makes the trick visible: "chữ ï (i có dấu hai chấm) thay cho i",
 * "ký tự vô hình U+200B chen vào". The banner prefixes it with the word it sits in ("Mïnh: ...").
 */
export function disguiseDetail(reason: DisguisedName, locale: Locale): string {
  const odd = firstOddCharacter(reason.found) ?? reason.found;
  const what = describeCharacter(odd, locale);
  switch (disguiseShape(reason)) {
    case 'replaces':
      return t(locale, 'disguise.replaces', { found: reason.found, what, meaning: reason.meaning ?? '' });
    case 'inserted':
      return t(locale, 'disguise.inserted', { what });
    case 'decoration':
      return t(locale, 'disguise.decoration', { found: reason.found });
    case 'other':
      return t(locale, 'disguise.other', { found: reason.found, what });
  }
}

/** The word of the shown name that holds the disguise ("Mïnh" in "Lê Quang Mïnh"), when it can be found. */
export function wordHoldingDisguise(shownName: string, found: string): string | undefined {
  if (found === '') return undefined;
  return shownName.split(/\s+/).find((word) => word.includes(found)) ?? (shownName.includes(found) ? shownName : undefined);
}

function describesAsInvisible(char: string): boolean {
  // The character describer is the single list of invisible characters; ask it rather than keep a second list.
  return describeCharacter(char, 'en').startsWith('an invisible character');
}
