/**
 * Matching a display name against the leader directory, the way Vietnamese names vary:
 * - surname + middle + given name, written in another order ("Minh Lê Quang", "Quang Minh Lê");
 * - the middle name left out ("Lê Minh", "Minh Lê"), when that still points to one leader only;
 * - typed without marks: a token without marks matches any marked token with the same letters, but a token with
 *   marks must have the same marks (after tone-placement and i/y normalisation): "Hưng" never matches "Hùng",
 *   "Sỹ" is "Sĩ"; and among marked words a bare word that is a name of its own is taken as written ("Đặng Ngọc
 *   Anh" is not "Đặng Ngọc Ánh"): such names are reported as similar, below the threshold;
 * - one typo, only where the typed token is not itself a real, different name syllable ("Mihn" -> "Minh");
 * - disguises undone first (lib/names/disguise.ts), Latin look-alikes ("Phạrn" for "Phạm") through skeletons;
 *   a name run together ("LeQuangMinh", "dangngocanh") is read in each of its spellings;
 * - between equal readings, the leader whose title or organisation the name claims comes first.
 *
 * The index keys each name form (name and aliases) by its sorted folded tokens, and by surname + given name for
 * the missing-middle reading, so a lookup touches only the forms that share all of a reading's tokens.
 */
import { analyzeNameWords, type DisguiseDetail, type NameAnalysis } from './disguise';
import { accentedKey, accentedTokens, foldName, foldToken, isUnmarked } from './fold';
import { skeletonFold } from './skeleton';
import { isNameSyllable, isWrittenNameSyllable, organizationMatches, titleMatches } from './titles';

export interface NameEntry {
  leaderId: string;
  name: string;
  aliases?: string[];
  /**
   * The leader's title and organisation, optional: between names that fit a display name equally ("Nguyen Van
   * Hung" for Hùng and Hưng), the one whose title or organisation the name claims comes first.
   */
  title?: string;
  organization?: string;
}

export type NameDifferenceKind =
  | 'reordered'
  | 'missing-middle'
  | 'unaccented'
  | 'typo'
  | 'tone-placement'
  /** The same syllable in its other i/y spelling ("Sỹ" for "Sĩ"). */
  | 'spelling'
  | 'disguised'
  /**
   * A word with the same letters as the leader's and other marks ("Hóa" for "Hòa"), or written bare among marked
   * words where the bare form is a name of its own ("Đặng Ngọc Anh" for "Đặng Ngọc Ánh"): another name.
   */
  | 'different-marks'
  /** A word of the input that is not part of the name (an unknown decoration, a nickname). */
  | 'extra-words';

export interface NameDifference {
  kind: NameDifferenceKind;
  detail: string;
}

export interface NameMatch {
  leaderId: string;
  matchedName: string;
  /** 0..1; at or above LOOKALIKE_NAME_THRESHOLD the names are the same name. */
  score: number;
  /** foldName(input as typed, no disguise undone) === foldName(matchedName). */
  plainEqual: boolean;
  differences: NameDifference[];
  disguises: DisguiseDetail[];
  analysis: NameAnalysis;
}

export interface NameIndex {
  /** Best first, each with score >= MIN_REPORTED_SCORE; at most `limit` (default 5), one per leader. */
  match(displayName: string, limit?: number): NameMatch[];
  size: number;
}

/** A match at or above this is "the same name" for verdicts and for eval name cases. */
export const LOOKALIKE_NAME_THRESHOLD = 0.8;
/** Matches below this are not reported at all. */
export const MIN_REPORTED_SCORE = 0.5;

/** What each difference costs. Exact and folded-equal names stay at 1.0 or near it. */
const COST = {
  unaccented: 0.02,
  partlyUnaccented: 0.06,
  characterDisguise: 0.02,
  lookalikeToken: 0.03,
  reordered: 0.05,
  missingMiddle: 0.1,
  typo: 0.1,
  extraToken: 0.12,
};
/** Where a weak reading (missing middle, typo, extra word) fits several leaders, it proves none of them. */
const AMBIGUOUS_SCORE = 0.7;
/**
 * A word whose marks say another name ("Hóa" for "Hòa", "Dung" among marked words for "Dũng") is similar, never the
 * same: reported, below the lookalike threshold.
 */
const DIFFERENT_MARKS_SCORE = 0.7;

interface Form {
  entry: number;
  leaderId: string;
  name: string;
  /** foldName(name), for plainEqual. */
  plain: string;
  words: string[];
  /** Words lowercased, ð -> đ: to tell a tone-placement difference from an exact one. */
  lowerWords: string[];
  tokens: string[];
  /** tokens.join(' '): two forms of one name written alike. */
  key: string;
  folded: string[];
}

type Via = 'same' | 'lookalike' | 'typo';

interface Alternative {
  folded: string;
  via: Via;
}

/** True when a and b differ by at most one insertion, deletion, substitution or adjacent transposition. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function deletions(token: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < token.length; i++) out.push(token.slice(0, i) + token.slice(i + 1));
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V) {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function directoryWords(name: string): string[] {
  return name
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w && !isInvisibleOnly(w));
}

const isInvisibleOnly = (word: string) => foldName(word) === '';

/** Tokens in code unit order, joined: the key of a name whatever its word order. Names have 2-5 words. */
function sortedKey(tokens: string[]): string {
  const t = tokens.slice();
  for (let i = 1; i < t.length; i++) {
    const v = t[i]!;
    let j = i - 1;
    while (j >= 0 && t[j]! > v) {
      t[j + 1] = t[j]!;
      j--;
    }
    t[j + 1] = v;
  }
  return t.join(' ');
}

const lowerCache = new Map<string, string>();

/** A word lowercased, NFC, ð -> đ: to tell a tone-placement difference from an exact one. */
function lowerWord(word: string): string {
  let lower = lowerCache.get(word);
  if (lower === undefined) {
    lower = word.normalize('NFC').toLowerCase().replace(/ð/g, 'đ');
    if (lowerCache.size > 50_000) lowerCache.clear();
    lowerCache.set(word, lower);
  }
  return lower;
}

/** What the query's marks allow a word to mean (see relate). */
interface QueryMarks {
  marked: boolean;
  fancyD: boolean;
}

/**
 * xs[from..to) strictly increasing. Helpers that run on every lookup are module functions, not closures made per
 * call: besides the allocation, a runner that keeps function names (tsx, esbuild keepNames) names each closure anew.
 */
function increasing(xs: number[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (xs[i]! <= xs[i - 1]!) return false;
  return true;
}

const rounded = (x: number) => Math.round(x * 1000);

/** accentedTokens(text)[0] ?? '' from accentedKey(text), which is cached: the first token of a key. */
function firstToken(key: string): string {
  const space = key.indexOf(' ');
  return space < 0 ? key : key.slice(0, space);
}

/** The form words present (pos[k] >= 0), in the order of the query words they are paired with (pos values differ). */
function presentInQueryOrder(pos: number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < pos.length; k++) {
    if (pos[k]! < 0) continue;
    let j = out.length;
    while (j > 0 && pos[out[j - 1]!]! > pos[k]!) j--;
    out.splice(j, 0, k);
  }
  return out;
}

/** The token is the target with d where the target has đ, and nothing else differs. */
function strokeLost(token: string, target: string): boolean {
  if (token.length !== target.length || !target.includes('đ')) return false;
  for (let i = 0; i < token.length; i++) if (token[i] !== target[i] && !(token[i] === 'd' && target[i] === 'đ')) return false;
  return true;
}

/** The state of evaluate's search over pairings of form words with query words. */
interface Pairing {
  form: Form;
  analysis: NameAnalysis;
  words: string[];
  combo: Array<Alternative | undefined>;
  options: Array<Array<{ i: number; rel: NameDifference | null }>>;
  pos: number[];
  rels: Array<NameDifference | null>;
  used: boolean[];
  best: Candidate | undefined;
}

/** The state of one reading's search (matchAnalysis): the query, its alternatives and what was found. */
interface Search {
  q: string[];
  words: string[];
  alts: Alternative[][];
  analysis: NameAnalysis;
  query: QueryMarks;
  found: Map<number, Candidate>;
  tried: Set<string>;
  combo: Array<Alternative | undefined>;
  budget: number;
}

interface Candidate {
  form: Form;
  /** Query token index matched to each form token, -1 where the form token is missing. */
  pos: number[];
  differences: NameDifference[];
  score: number;
  weak: boolean;
}

export function createNameIndex(entries: Iterable<NameEntry>): NameIndex {
  const forms: Form[] = [];
  const full = new Map<string, number[]>();
  const surnameGiven = new Map<string, number[]>();
  const vocabulary = new Set<string>();
  const directorySyllables = new Set<string>();
  const lookalikes = new Map<string, Set<string>>();
  const deleted = new Map<string, Set<string>>();
  const claims: Array<Pick<NameEntry, 'title' | 'organization'>> = [];
  let size = 0;

  for (const entry of entries) {
    const entryIndex = size++;
    claims.push({ title: entry.title, organization: entry.organization });
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      // A directory name is taken as written: no title or form of address to strip ("Chu Thanh Tú" is a name).
      const words = directoryWords(name);
      const tokens = accentedTokens(words.join(' '));
      if (!tokens.length || tokens.length !== words.length) continue;
      const folded = tokens.map(foldToken);
      const id = forms.length;
      const lowerWords = words.map(lowerWord);
      forms.push({ entry: entryIndex, leaderId: entry.leaderId, name, plain: foldName(name), words, lowerWords, tokens, key: tokens.join(' '), folded });
      push(full, sortedKey(folded), id);
      if (folded.length >= 3) push(surnameGiven, sortedKey([folded[0]!, folded[folded.length - 1]!]), id);
      tokens.forEach((t, k) => {
        const f = folded[k]!;
        directorySyllables.add(t);
        vocabulary.add(f);
        addTo(lookalikes, skeletonFold(words[k]!), f);
        addTo(lookalikes, skeletonFold(t), f);
        if (f.length >= 3) for (const d of deletions(f)) addTo(deleted, d, f);
      });
    }
  }

  /** A real name syllable: the typed token may not be read as a typo or a look-alike of another. */
  const isReal = (token: string) =>
    directorySyllables.has(token) || isNameSyllable(token) || (isUnmarked(token) && vocabulary.has(token));

  /**
   * The alternatives of tokens that are real name syllables: those have no look-alike or typo reading, so they do not
   * depend on how the word was written, and most lookups are made of them. Read-only once made; bounded, as the
   * index lives as long as the service worker.
   */
  const realAlternatives = new Map<string, Alternative[]>();

  function alternatives(token: string, word: string): Alternative[] {
    const known = realAlternatives.get(token);
    if (known) return known;
    const f = foldToken(token);
    const out: Alternative[] = [];
    if (vocabulary.has(f)) out.push({ folded: f, via: 'same' });
    if (isReal(token)) {
      if (realAlternatives.size >= 20_000) realAlternatives.clear();
      realAlternatives.set(token, out);
      return out;
    }
    const seen = new Set(out.map((a) => a.folded));
    for (const key of [skeletonFold(word), skeletonFold(token)]) {
      for (const v of lookalikes.get(key) ?? []) {
        if (!seen.has(v)) {
          seen.add(v);
          out.push({ folded: v, via: 'lookalike' });
        }
      }
    }
    // Two letters: only a dropped letter ("Vă" for "Văn"); a substitution in so short a word is another word.
    if (f.length >= 2) {
      const near = new Set<string>(deleted.get(f) ?? []);
      if (f.length >= 3) {
        for (const d of deletions(f)) {
          if (vocabulary.has(d)) near.add(d);
          for (const v of deleted.get(d) ?? []) near.add(v);
        }
      }
      for (const v of near) {
        if (!seen.has(v) && withinOneEdit(f, v)) {
          seen.add(v);
          out.push({ folded: v, via: 'typo' });
        }
      }
    }
    return out;
  }

  /** A name syllable exactly as written: typed bare among marked words, it is taken as written. */
  const isWritten = (token: string) => isWrittenNameSyllable(token) || directorySyllables.has(token);

  /**
   * Reads one query token against one form token; undefined when they are different names. `query.marked`: some
   * word of the query carries marks, so a bare word may be meant bare; `query.fancyD`: the name went through a
   * fancy-letters generator, and no fancy alphabet has a Đ (its D may even be left plain: "Dᴏ̂̃" for Đỗ).
   */
  function relate(token: string, word: string, form: Form, k: number, via: Via, query: QueryMarks): NameDifference | null | undefined {
    const target = form.tokens[k]!;
    const targetWord = form.words[k]!;
    if (token === target) {
      if (word === targetWord) return null;
      const typed = lowerWord(word);
      const listed = form.lowerWords[k]!;
      if (typed !== listed && typed.length === listed.length && foldToken(typed) === foldToken(listed)) {
        return { kind: 'tone-placement', detail: `"${word}" and "${targetWord}" place the tone mark differently` };
      }
      if (typed !== listed && foldToken(typed) !== foldToken(listed)) {
        return { kind: 'spelling', detail: `"${word}" is "${targetWord}" spelled with ${foldToken(typed).endsWith('y') ? 'y' : 'i'}` };
      }
      return null;
    }
    if (foldToken(target) === foldToken(token)) {
      if (query.fancyD && strokeLost(token, target)) {
        return { kind: 'disguised', detail: `"${word}" is "${targetWord}" in letters that have no Đ` };
      }
      // Typed without marks, the word may be the leader's; among marked words a bare real syllable is meant bare.
      if (isUnmarked(token) && !(query.marked && isWritten(token))) {
        return { kind: 'unaccented', detail: `"${word}" is "${targetWord}" typed without marks` };
      }
      return isUnmarked(token)
        ? { kind: 'different-marks', detail: `"${word}", written without marks among marked words, is another name than "${targetWord}"` }
        : { kind: 'different-marks', detail: `"${word}" has other marks than "${targetWord}": another name` };
    }
    if (via === 'lookalike') return { kind: 'disguised', detail: `"${word}" is drawn to look like "${targetWord}"` };
    if (isReal(token)) return undefined;
    // Marks compared as typed too: a doubled letter may move the canonical tone ("Hòaa" keys as "hoàa").
    const nearAsTyped = withinOneEdit(token, target) || withinOneEdit(lowerWord(word), form.lowerWords[k]!);
    if (nearAsTyped || (isUnmarked(token) && withinOneEdit(foldToken(token), foldToken(target)))) {
      return { kind: 'typo', detail: `"${word}" looks like a typo for "${targetWord}"` };
    }
    return undefined;
  }

  /** Allowed orders of form tokens as they appear in the query: as listed, given name first, surname last. */
  function orderOf(seq: number[], m: number): 'same' | 'reordered' | undefined {
    if (increasing(seq, 0, seq.length)) return 'same';
    if (seq[0] === m - 1 && increasing(seq, 1, seq.length)) return 'reordered'; // given name first: "Minh Lê Quang"
    if (seq[seq.length - 1] === 0 && increasing(seq, 0, seq.length - 1)) return 'reordered'; // surname last: "Quang Minh Lê"
    return undefined;
  }

  /**
   * Reads the query as `form`: pairs each form word with a query word of the same reading (trying every pairing
   * when a name repeats a syllable, "Lê Băng Băng"), then scores the best pairing whose order is allowed.
   */
  function evaluate(form: Form, analysis: NameAnalysis, words: string[], combo: Array<Alternative | undefined>, query: QueryMarks): Candidate | undefined {
    const q = analysis.tokens;
    const m = form.tokens.length;
    const options: Array<Array<{ i: number; rel: NameDifference | null }>> = [];
    for (let k = 0; k < m; k++) {
      const list: Array<{ i: number; rel: NameDifference | null }> = [];
      for (let i = 0; i < q.length; i++) {
        if (!combo[i] || combo[i]!.folded !== form.folded[k]) continue;
        const rel = relate(q[i]!, words[i]!, form, k, combo[i]!.via, query);
        if (rel !== undefined) list.push({ i, rel }); // undefined: "Trân" is not "Trần"; another word may be
      }
      if (!list.length && (k === 0 || k === m - 1)) return undefined; // only middle names may be missing
      options.push(list);
    }
    const pairing: Pairing = {
      form,
      analysis,
      words,
      combo,
      options,
      pos: new Array<number>(m).fill(-1),
      rels: new Array<NameDifference | null>(m).fill(null),
      used: new Array<boolean>(q.length).fill(false),
      best: undefined,
    };
    assign(pairing, 0);
    return pairing.best;
  }

  /** Pairs form word k and those after it with query words, keeping the best-scoring pairing (see evaluate). */
  function assign(p: Pairing, k: number) {
    const m = p.form.tokens.length;
    if (k === m) {
      const c = score(p.form, p.analysis, p.words, p.combo, p.pos, p.rels, p.used);
      if (c && (!p.best || c.score > p.best.score)) p.best = c;
      return;
    }
    for (const o of p.options[k]!) {
      if (p.used[o.i]) continue;
      p.used[o.i] = true;
      p.pos[k] = o.i;
      p.rels[k] = o.rel;
      assign(p, k + 1);
      p.used[o.i] = false;
      p.pos[k] = -1;
      p.rels[k] = null;
    }
    if (k > 0 && k < m - 1) assign(p, k + 1); // this middle name left out
  }

  function score(
    form: Form,
    analysis: NameAnalysis,
    words: string[],
    combo: Array<Alternative | undefined>,
    pos: number[],
    rels: Array<NameDifference | null>,
    used: boolean[],
  ): Candidate | undefined {
    const q = analysis.tokens;
    const m = form.tokens.length;
    for (let i = 0; i < q.length; i++) if (!used[i] && combo[i]) return undefined; // a word that is another name
    const differences: NameDifference[] = [];
    let typos = 0;
    let lookalikeTokens = 0;
    let unaccented = 0;
    let differentMarks = 0;
    for (const rel of rels) {
      if (!rel) continue;
      if (rel.kind === 'typo') typos++;
      if (rel.kind === 'different-marks') differentMarks++;
      if (rel.kind === 'disguised') lookalikeTokens++;
      if (rel.kind === 'unaccented') unaccented++;
      else differences.push(rel);
    }
    if (typos > 1) return undefined;
    let present = 0;
    for (const p of pos) if (p >= 0) present++;
    const missing = m - present;
    const order = orderOf(presentInQueryOrder(pos), m);
    if (!order) return undefined;
    let value = 1;
    if (unaccented) {
      // All typed without marks: an ordinary way to type. Some words with marks and these without: likelier
      // another name ("Võ Hoa" is not "Võ Hiền Hòa" as surely as it is "Võ Thị Bạch Hoa").
      const allUnmarked = q.every(isUnmarked);
      value -= allUnmarked ? COST.unaccented : Math.min(2, unaccented) * COST.partlyUnaccented;
      differences.unshift({ kind: 'unaccented', detail: `typed without marks: ${unaccented} of ${m} words` });
    }
    if (order === 'reordered') {
      value -= COST.reordered;
      differences.push({ kind: 'reordered', detail: `"${words.filter((_, i) => used[i]).join(' ')}" puts the words of "${form.name}" in another order` });
    }
    if (missing) {
      value -= COST.missingMiddle;
      const left = form.words.filter((_, k) => pos[k]! < 0).join(' ');
      differences.push({ kind: 'missing-middle', detail: `the middle name "${left}" is left out` });
    }
    value -= typos * COST.typo + Math.min(2, lookalikeTokens) * COST.lookalikeToken;
    const extra = q.length - present;
    if (extra) {
      value -= extra * COST.extraToken;
      differences.push({ kind: 'extra-words', detail: `"${words.filter((_, i) => !used[i]).join(' ')}" is not part of "${form.name}"` });
    }
    const characterTricks = analysis.disguises.filter((d) => d.tag !== 'claimed-title' && d.tag !== 'decoration');
    if (characterTricks.length) {
      value -= COST.characterDisguise;
      differences.push({ kind: 'disguised', detail: `characters disguised: ${[...new Set(characterTricks.map((d) => d.tag))].join(', ')}` });
    }
    if (differentMarks) value = Math.min(value, DIFFERENT_MARKS_SCORE);
    return { form, pos: pos.slice(), differences, score: value, weak: missing > 0 || typos > 0 || extra > 0 || differentMarks > 0 };
  }

  function match(displayName: string, limit = 5): NameMatch[] {
    const read = analyzeNameWords(displayName);
    const analysis = read.analysis;
    let results = matchAnalysis(displayName, read, limit);
    // A name run together may spell several names ("dangngocanh": Đặng Ngọc Anh, Đặng Ngô Cảnh): read on until one
    // is a leader's.
    for (let r = 1; r < (analysis.readings ?? 1) && !((results[0]?.score ?? 0) >= LOOKALIKE_NAME_THRESHOLD); r++) {
      results = bestPerLeader(results, matchAnalysis(displayName, analyzeNameWords(displayName, { reading: r }), limit), limit);
    }
    // A leading "Anh", "Bà", "Chu"... read as a form of address may be a word of the name itself.
    const address = analysis.disguises.find((d) => d.tag === 'claimed-title');
    if (!address || address.found.includes(' ') || !isNameSyllable(firstToken(accentedKey(address.found)))) return results;
    return bestPerLeader(results, matchAnalysis(displayName, analyzeNameWords(displayName, { honorifics: false }), limit), limit);
  }

  function bestPerLeader(results: NameMatch[], again: NameMatch[], limit: number): NameMatch[] {
    if (!again.length) return results;
    const best = new Map<string, NameMatch>();
    for (const m of [...results, ...again]) {
      const prev = best.get(m.leaderId);
      if (!prev || prev.score < m.score) best.set(m.leaderId, m);
    }
    return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }

  /** The matches of one reading of the display name: its analysis and the words of analysis.cleaned. */
  function matchAnalysis(displayName: string, read: { analysis: NameAnalysis; words: string[] }, limit: number): NameMatch[] {
    const { analysis, words } = read;
    const q = analysis.tokens;
    if (!q.length || q.length > 8) return [];
    const alts = q.map((t, i) => alternatives(t, words[i] ?? t));
    const query: QueryMarks = {
      marked: !q.every(isUnmarked),
      fancyD: analysis.disguises.some((d) => d.tag === 'fancy-letters'),
    };
    const found = new Map<number, Candidate>();
    const search: Search = { q, words, alts, analysis, query, found, tried: new Set(), combo: [], budget: 64 };
    // Every reading: one alternative per token (at most one typo); if none matches, readings that leave out one
    // word that is no name syllable ("xyz", an unknown decoration): "Nguyễn Thị Nguyệt Nga" is not "Nguyễn Thị Nguyệt".
    walk(search, 0, 0, 0);
    // The second walk differs from the first only where a word may be left out: with none, it would find nothing new.
    if (!found.size && q.length >= 3 && q.some((t) => !isReal(t))) walk(search, 0, 0, 1);
    if (!found.size) return [];

    const candidates = [...found.values()];
    const ambiguous = candidates.map((c) =>
      c.weak && candidates.length > 1
        ? candidates.filter((o) => o.form.leaderId !== c.form.leaderId && o.form.key !== c.form.key && o.score >= c.score - 0.05)
        : [],
    );
    candidates.forEach((c, i) => {
      const others = ambiguous[i]!;
      if (!others.length) return;
      c.score = Math.min(c.score, AMBIGUOUS_SCORE);
      const kind = c.differences.some((d) => d.kind === 'typo') ? 'typo' : c.differences.some((d) => d.kind === 'missing-middle') ? 'missing-middle' : 'extra-words';
      c.differences.push({ kind, detail: `ambiguous: also fits ${others.slice(0, 3).map((o) => `"${o.form.name}"`).join(', ')}` });
    });
    const plain = foldName(displayName);
    // Between equal readings, the leader whose title or organisation the name claims ("- So GD&DT") comes first.
    const agreement = new Map<number, number>();
    return candidates
      .filter((c) => c.score >= MIN_REPORTED_SCORE)
      .sort(
        (a, b) =>
          rounded(b.score) - rounded(a.score) || agrees(analysis, agreement, b) - agrees(analysis, agreement, a) || a.form.entry - b.form.entry,
      )
      .slice(0, limit)
      .map((c) => ({
        leaderId: c.form.leaderId,
        matchedName: c.form.name,
        score: Math.round(c.score * 1000) / 1000,
        plainEqual: plain === c.form.plain,
        differences: c.differences,
        disguises: analysis.disguises,
        analysis,
      }));
  }

  /** Looks the reading `s.combo` up: every form keyed by its tokens (or by surname + given name) is evaluated. */
  function lookup(s: Search) {
    const folded: string[] = [];
    for (const a of s.combo) if (a) folded.push(a.folded);
    if (folded.length < 2 && s.q.length >= 2) return;
    const key = sortedKey(folded);
    if (s.tried.has(key)) return;
    s.tried.add(key);
    evaluateAll(s, full.get(key));
    if (folded.length === 2) evaluateAll(s, surnameGiven.get(key));
  }

  /** Evaluates the reading against each form of `ids`, keeping the best candidate per entry. */
  function evaluateAll(s: Search, ids: number[] | undefined) {
    if (!ids) return;
    for (const id of ids) {
      const c = evaluate(forms[id]!, s.analysis, s.words, s.combo, s.query);
      if (!c) continue;
      const prev = s.found.get(c.form.entry);
      if (!prev || prev.score < c.score) s.found.set(c.form.entry, c);
    }
  }

  /** Walks the readings from query token i on: one alternative per token, at most one typo, `skips` words left out. */
  function walk(s: Search, i: number, typos: number, skips: number) {
    if (s.budget <= 0) return;
    if (i === s.q.length) {
      s.budget--;
      lookup(s);
      return;
    }
    for (const a of s.alts[i]!) {
      if (a.via === 'typo' && typos) continue;
      s.combo.push(a);
      walk(s, i + 1, typos + (a.via === 'typo' ? 1 : 0), skips);
      s.combo.pop();
    }
    if (skips && s.q.length >= 3 && !isReal(s.q[i]!)) {
      s.combo.push(undefined);
      walk(s, i + 1, typos, 0);
      s.combo.pop();
    }
  }

  /** How far the leader of `c` agrees with the title (1) and organisation (2) the name claims; memoised per entry. */
  function agrees(analysis: NameAnalysis, agreement: Map<number, number>, c: Candidate): number {
    if (!analysis.claimedTitle && !analysis.claimedOrganization) return 0;
    let value = agreement.get(c.form.entry);
    if (value === undefined) {
      const { title, organization } = claims[c.form.entry]!;
      value =
        (organization && analysis.claimedOrganization && organizationMatches(analysis.claimedOrganization, organization) ? 2 : 0) +
        (title && analysis.claimedTitle && titleMatches(analysis.claimedTitle, title) ? 1 : 0);
      agreement.set(c.form.entry, value);
    }
    return value;
  }

  return { match, size };
}
