/**
 * Chat text is written with and without diacritics ("chuyển khoản", "chuyen khoan", "CHUYỂN KHOẢN"), so every
 * pattern in lib/money runs over a folded copy: Vietnamese letters reduced to ASCII, đ/Đ/Ð to d, invisible
 * characters dropped. `origin` maps each folded position back to the original text so that highlights point at
 * what the user actually sees.
 */
export interface FoldedText {
  /** Lower-case ASCII-ish copy, the one patterns run on. */
  lower: string;
  /** Same letters with case kept, for account-holder names written in capitals. Same length as `lower`. */
  cased: string;
  /** origin[i] is the UTF-16 offset in the original text of folded character i; origin[lower.length] = text.length. */
  origin: Uint32Array;
}

const DROP = 0xffff;

// Only Latin blocks carry Vietnamese letters; built once so folding is a table look-up per code unit.
const latinLimit = 0x2070;
const foldLower = new Uint16Array(latinLimit);
const foldCased = new Uint16Array(latinLimit);
for (let c = 0; c < latinLimit; c++) {
  const ch = String.fromCharCode(c);
  const base = ch.normalize('NFD').charCodeAt(0);
  foldCased[c] = base;
  foldLower[c] = String.fromCharCode(base).toLowerCase().charCodeAt(0);
}
for (const [from, to] of [
  [0x111, 0x64], // đ
  [0x110, 0x44], // Đ
  [0xd0, 0x44], // Ð (Icelandic eth), used for Đ in some Vietnamese data
  [0xa0, 0x20], // no-break space
  [0x2007, 0x20],
  [0x202f, 0x20],
]) {
  foldCased[from!] = to!;
  foldLower[from!] = String.fromCharCode(to!).toLowerCase().charCodeAt(0);
}
// Combining marks (text typed in decomposed form), soft hyphen and zero-width characters vanish.
for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x2060]) foldCased[c] = foldLower[c] = DROP;
for (let c = 0x300; c <= 0x36f; c++) foldCased[c] = foldLower[c] = DROP;

// Reused between calls: folding runs on every message of every chat, so it should not allocate per character.
let lowerBuffer = new Uint16Array(256);
let casedBuffer = new Uint16Array(256);

export function foldText(text: string): FoldedText {
  const n = text.length;
  if (lowerBuffer.length < n) {
    lowerBuffer = new Uint16Array(n * 2);
    casedBuffer = new Uint16Array(n * 2);
  }
  const lower = lowerBuffer;
  const cased = casedBuffer;
  const origin = new Uint32Array(n + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    let l: number;
    if (c < latinLimit) {
      l = foldLower[c]!;
      if (l === DROP) continue;
      c = foldCased[c]!;
    } else if (c === 0xfeff) {
      continue;
    } else if (c >= 0xff01 && c <= 0xff5e) {
      // Full-width forms (０１２３, ＶＮＤ) come from some mobile keyboards.
      c -= 0xfee0;
      l = c >= 0x41 && c <= 0x5a ? c + 32 : c;
    } else {
      l = c;
    }
    lower[j] = l;
    cased[j] = c;
    origin[j] = i;
    j++;
  }
  origin[j] = n;
  return { lower: fromCodes(lower, j), cased: fromCodes(cased, j), origin: origin.subarray(0, j + 1) };
}

function fromCodes(codes: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 8192) {
    out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  }
  return out;
}

/** Folds a short phrase (an alias, a keyword) to the lower form, spaces collapsed. */
export function foldPhrase(phrase: string): string {
  return foldText(phrase).lower.replace(/\s+/g, ' ').trim();
}

/**
 * The original span of folded span [start, end). Ending at the next kept character keeps decomposed marks
 * (and any dropped invisible characters) with the last letter.
 */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: folded.origin[start]!, end: folded.origin[end]! };
}
