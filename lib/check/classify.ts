import { findBank, type BankRef } from '../money';
import { analyzeMessage } from '../money';
import { isPhoneShaped } from '../money/phones';
import { phoneKey } from '../directory/phones';
import { facebookPlace } from '../sites';
import { isFacebookUsername } from '../sites/facebook/urls';

/**
 * What a user pasted into the "Kiểm tra" box, recognised from its shape alone (no directory needed): a profile
 * link, a chat link, a phone, a bank account, a person's name or a message. Identity comes from ids in links,
 * never from names (dom-notes rule 1), so a link is read for its id or username only.
 */
export type CheckInput =
  | { kind: 'empty' }
  | { kind: 'facebook-profile'; url: string; id?: string; username?: string }
  /** A Messenger chat with one person: /t/<id> carries that person's numeric id. */
  | { kind: 'messenger-chat'; url: string; id: string }
  | { kind: 'zalo-link'; url: string; phone: string }
  /** A link we cannot read an account from (a post, a group, another site). */
  | { kind: 'other-link'; url: string }
  /**
   * National form, 0xxxxxxxxx. A phone is also checked as a bank account: many banks use the phone as the number.
   * `name`: the words pasted with it ("GĐ Lê Quang Minh - 0911 111 111"), judged as a name too: a contact card with
   * a leader's name and a new number is the classic scam.
   */
  | { kind: 'phone'; phone: string; digits: string; name?: string }
  | { kind: 'bank-account'; number: string; bank?: BankRef }
  | { kind: 'name'; name: string }
  | { kind: 'message'; text: string };

/** Longest text worth checking; the protocol refuses more. */
export const MAX_CHECK_TEXT = 4000;

const linkStart = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*(?:facebook\.com|fb\.com|messenger\.com|m\.me|zalo\.me)(?:[/?#:]|$)/i;
/** Hosts that are Facebook under another name; facebookPlace reads www.facebook.com addresses. */
const facebookAliases = new Set(['m.facebook.com', 'mbasic.facebook.com', 'touch.facebook.com', 'fb.com', 'www.fb.com']);
const numericId = /^\d{5,20}$/;
/** Only a number: digits with separators, "+84" or "(+84)" in front, "(0)" after it. */
const onlyNumber = /^[+(\d][\d\s.()+-]*$/;
const digitRun = /\+?\d[\d .-]{4,22}\d/g;
/** Fewer digits are not an account or a phone (and "+" alone has none). */
const MIN_NUMBER_DIGITS = 6;
/** Longest name we read as a name: a display name with a title and an organisation ("Lê Quang Minh - GĐ Sở ..."). */
const MAX_NAME_WORDS = 12;

export function classifyInput(raw: string): CheckInput {
  const text = raw.normalize('NFC').trim();
  if (text === '') return { kind: 'empty' };
  if (!/\s/.test(text) && (linkStart.test(text) || /^https?:\/\//i.test(text))) return classifyLink(text);
  const card = contactCard(text);
  if (card) return classifyNumber(card.number, card.name);
  if (hasSeveralNumbers(text)) return { kind: 'message', text };
  if (onlyNumber.test(text)) return digitCount(text) >= MIN_NUMBER_DIGITS ? classifyNumber(text, '') : { kind: 'message', text };
  const runs = [...text.matchAll(digitRun)].filter((m) => digitCount(m[0]) >= MIN_NUMBER_DIGITS);
  if (runs.length === 1 && !text.includes('\n')) {
    const rest = text.replace(runs[0]![0], ' ');
    // A number with a few words around it ("VCB 1234567890 NGUYEN VAN B", "Zalo 0912 345 678") is that number.
    // Bank, account and holder together read as a money request to the detector; only a request verb makes it a message.
    if (words(rest).length <= 6 && !analyzeMessage(text).signals.includes('request-verb')) return classifyNumber(runs[0]![0], rest);
  }
  if (mayBeName(text) && !/[.!?;:]\s*\S/.test(text) && !/\d/.test(text)) return { kind: 'name', name: text };
  return { kind: 'message', text };
}

/**
 * A short single line that does not ask for money may be a display name even when it does not read as a clean one
 * ("TS. Lê Quang Minh", "Lê Quang Minh 2", "Lê Quang Minh: Giám đốc Sở Tài chính"): checkInput judges such a
 * message as a name too, as the page banner would.
 */
export function mayBeName(text: string): boolean {
  return !text.includes('\n') && /\p{L}/u.test(text) && words(text).length <= MAX_NAME_WORDS && !analyzeMessage(text).moneyRequest;
}

const words = (text: string): string[] => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const digitCount = (text: string): number => text.replace(/\D/g, '').length;

/**
 * Numbers on separate lines, or two long numbers side by side ("0912345678 0987654321"), are a list, not one
 * account: read as a message, every number in it is checked. Short groups ("1234 5678 90") stay one number.
 */
function hasSeveralNumbers(text: string): boolean {
  if (onlyNumber.test(text) && text.includes('\n') && digitCount(text) > 0) return true;
  const pieces = [...text.matchAll(digitRun)].flatMap((m) => m[0].split(/\s+/));
  return pieces.filter((piece) => digitCount(piece) >= 8).length >= 2;
}

/** A contact card copied as two lines, a name and a number ("Lê Quang Minh" / "0911 111 111"), in either order. */
function contactCard(text: string): { name: string; number: string } | undefined {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  if (lines.length !== 2) return undefined;
  const number = lines.find((line) => onlyNumber.test(line) && digitCount(line) >= MIN_NUMBER_DIGITS);
  const name = lines.find((line) => line !== number);
  if (!number || !name || /\d/.test(name) || !/\p{L}/u.test(name) || words(name).length > MAX_NAME_WORDS) return undefined;
  // "Chuyển gấp vào số này" over a number is a request for money, read as a message.
  if (analyzeMessage(text).signals.includes('request-verb')) return undefined;
  return { name, number };
}

function classifyNumber(number: string, context: string): CheckInput {
  const digits = number.replace(/\D/g, '');
  const bank = context.trim() === '' ? undefined : findBank(context);
  if (!bank && isPhoneShaped(number)) {
    // What stands around the number, without the separators that join a name to it ("Lê Quang Minh - 0911…").
    const name = context.replace(/\s+/g, ' ').replace(/^[\s\-–—:,;|/]+|[\s\-–—:,;|/]+$/g, '');
    return { kind: 'phone', phone: phoneKey(number), digits, ...(/\p{L}/u.test(name) ? { name } : {}) };
  }
  return bank ? { kind: 'bank-account', number: digits, bank } : { kind: 'bank-account', number: digits };
}

function classifyLink(text: string): CheckInput {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return { kind: 'message', text };
  }
  const href = url.href;
  const host = url.hostname.toLowerCase();
  if (host === 'zalo.me' || host === 'www.zalo.me') {
    const [first] = url.pathname.split('/').filter(Boolean);
    return first && isPhoneShaped(first) ? { kind: 'zalo-link', url: href, phone: phoneKey(first) } : { kind: 'other-link', url: href };
  }
  if (host === 'm.me') {
    const [first] = url.pathname.split('/').filter(Boolean);
    if (!first) return { kind: 'other-link', url: href };
    return numericId.test(first) ? { kind: 'messenger-chat', url: href, id: first } : { kind: 'facebook-profile', url: href, username: first };
  }
  const canonical = new URL(href);
  if (facebookAliases.has(host)) canonical.hostname = 'www.facebook.com';
  const place = facebookPlace(canonical);
  if (place.kind === 'profile') return { kind: 'facebook-profile', url: href, ...(place.id ? { id: place.id } : {}), ...(place.username ? { username: place.username } : {}) };
  // A member link in a group post (/groups/<g>/user/<id>/) names that member; the group's own id is not a person.
  if (place.kind === 'group-member') return { kind: 'facebook-profile', url: href, id: place.id };
  // A one-to-one chat's address carries the other person's id; a group chat's id is not an account.
  if (place.kind === 'thread' && numericId.test(place.threadId)) return { kind: 'messenger-chat', url: href, id: place.threadId };
  // Messenger also addresses a one-to-one chat by the other person's username (/t/<username>), as m.me does.
  if (place.kind === 'thread' && !place.e2ee && isFacebookUsername(place.threadId)) return { kind: 'facebook-profile', url: href, username: place.threadId };
  return { kind: 'other-link', url: href };
}
