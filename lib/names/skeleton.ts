/**
 * UTS #39 skeletons, current definition (revision 28+, see shared/data/unicode/UNICODE_NOTES.md): NFD, remove
 * default ignorables, replace each code point by its confusables.txt prototype, NFD again. X and Y are confusable
 * iff skeleton(X) === skeleton(Y). Skeletons are case-sensitive and odd ('m' -> "rn", 'I' -> 'l', '0' -> 'O'):
 * compare them, never display one.
 */
import { confusablesEncoded } from './generated/confusables';
import { isDefaultIgnorable } from './fold';

let prototypes: Map<number, string> | undefined;

/** Decodes the table written by scripts/generate/confusables.ts (encodeConfusables). */
export function decodeConfusables(encoded: string): Map<number, string> {
  const map = new Map<number, string>();
  let last = 0;
  for (const entry of encoded.split(',')) {
    const colon = entry.indexOf(':');
    const head = entry.slice(0, colon);
    const written = entry.slice(colon + 1);
    // Empty when the target is only default ignorables (closed away by the generator).
    const target = written ? written.split('.').map((c) => parseInt(c, 36)) : [];
    const runAt = head.search(/[+=]/);
    const delta = parseInt(runAt < 0 ? head : head.slice(0, runAt), 36);
    const n = runAt < 0 ? 1 : parseInt(head.slice(runAt + 1), 36);
    const step = runAt >= 0 && head[runAt] === '+' ? 1 : 0;
    const first = last + delta;
    for (let i = 0; i < n; i++) {
      map.set(first + i, n === 1 ? String.fromCodePoint(...target) : String.fromCodePoint(target[0]! + i * step));
    }
    last = first + n - 1;
  }
  return map;
}

/** The confusables.txt prototype of one code point, or undefined when it is its own prototype. */
export function confusablePrototype(cp: number): string | undefined {
  prototypes ??= decodeConfusables(confusablesEncoded);
  return prototypes.get(cp);
}

export function skeleton(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD')) {
    const cp = ch.codePointAt(0)!;
    if (isDefaultIgnorable(cp)) continue;
    out += confusablePrototype(cp) ?? ch;
  }
  return out.normalize('NFD');
}

export function areConfusable(a: string, b: string): boolean {
  return skeleton(a) === skeleton(b);
}

const skeletonFoldCache = new Map<string, string>();

/**
 * A case- and mark-insensitive confusable key for one name token, for matching only: skeleton, lowercase, strip
 * marks, skeleton again, lowercase. "Phạrn" and "Phạm" -> "pharn"; "Iâm" (capital I) and "Lâm" -> "lam"; "Ng0"
 * and "Ngô" -> "ngo".
 */
export function skeletonFold(token: string): string {
  let key = skeletonFoldCache.get(token);
  if (key === undefined) {
    const once = skeleton(token).toLowerCase().replace(/\p{M}/gu, '');
    key = skeleton(once).toLowerCase().replace(/\p{M}/gu, '');
    if (skeletonFoldCache.size > 50_000) skeletonFoldCache.clear();
    skeletonFoldCache.set(token, key);
  }
  return key;
}
