/**
 * Quick checks for work on the name index (lib/names), next to the official benchmark (scripts/bench/names.ts):
 *
 * - `npx tsx scripts/bench/names-quick.ts time [leaders]`: p50/p99 of the benchmark's 10,000 queries at one
 *   directory size (default 10,000), best of five passes. Faster than the full bench; the bench stays the figure.
 * - `node --cpu-prof --import tsx scripts/bench/names-quick.ts loop [leaders]`: lookups only, for a profile.
 * - `npx tsx scripts/bench/names-quick.ts check`: foldName against its definition (foldNameSlow), on every code
 *   point alone and beside others, every pair of characters of its tables, and random strings; the same for the
 *   plain-text tests of the disguise report (isPlainText, isPlainWords) against their regexes.
 * - `npx tsx scripts/bench/names-quick.ts dump <file>`: every result of every lookup (the benchmark's queries plus
 *   names run together, behind a form of address, with a typo, at 1,000 / 10,000 / 100,000 leaders), written as
 *   JSON lines, to compare before and after a change that must not change any result (`cmp a b`).
 */
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createNameIndex, type NameEntry } from '../../lib/names';
import { buildQueries } from './names';
import { generateBenignNames, generateLeaders, loadNameSources, seededRandom } from './population';

const [mode = 'time', arg] = process.argv.slice(2);
const sources = await loadNameSources();

async function queriesFor(size: number) {
  const { leaders, people } = generateLeaders(sources, size, 1);
  const benign = generateBenignNames(sources, 10_000, 7);
  const queries = await buildQueries(leaders, people, benign, 10_000, 11);
  return { leaders, texts: queries.map((q) => q.text), kinds: queries.map((q) => q.kind as string) };
}

/** Readings the benchmark has few of: run together, a leading form of address, one letter off, a word too many. */
function extraQueries(leaders: NameEntry[]): string[] {
  const random = seededRandom(5);
  const out: string[] = [];
  for (let i = 0; i < 1_500; i++) {
    const name = leaders[Math.floor(random() * leaders.length)]!.name;
    const bare = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');
    const chars = Array.from(name);
    const at = 1 + Math.floor(random() * (chars.length - 2));
    const swapped = [...chars];
    [swapped[at], swapped[at + 1]] = [swapped[at + 1]!, swapped[at]!];
    out.push(
      name.replace(/ /g, ''),
      bare.replace(/ /g, '').toLowerCase(),
      `Anh ${name}`,
      `Chú ${bare}`,
      swapped.join(''),
      chars.filter((_, k) => k !== at).join(''),
      `${name} Xyz`,
      name.toUpperCase(),
    );
  }
  return out;
}

if (mode === 'time') {
  const size = Number(arg ?? 10_000);
  const { leaders, texts } = await queriesFor(size);
  const index = createNameIndex(leaders);
  for (const t of texts.slice(0, 2000)) index.match(t);
  let best: number[] | undefined;
  for (let pass = 0; pass < 5; pass++) {
    const times: number[] = [];
    for (const t of texts) {
      const t0 = process.hrtime.bigint();
      index.match(t);
      times.push(Number(process.hrtime.bigint() - t0) / 1000);
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
    console.log(`pass ${pass}: p50 ${p(0.5).toFixed(1)} µs, p99 ${p(0.99).toFixed(1)} µs`);
    if (!best || p(0.5) < best[0]!) best = [p(0.5), p(0.99)];
  }
  console.log(`${size} leaders, best: p50 ${best![0]!.toFixed(1)} µs, p99 ${best![1]!.toFixed(1)} µs`);
} else if (mode === 'loop') {
  // For a CPU profile (node --cpu-prof) that is mostly lookups: 20 untimed passes; NAMES_KINDS=benign,reordered
  // keeps those kinds of query only.
  const { leaders, texts: allTexts, kinds } = await queriesFor(Number(arg ?? 10_000));
  const only = process.env.NAMES_KINDS?.split(',');
  const texts = only ? allTexts.filter((_, i) => only.includes(kinds[i]!)) : allTexts;
  const index = createNameIndex(leaders);
  for (let pass = 0; pass < 20; pass++) for (const t of texts) index.match(t);
} else if (mode === 'dump') {
  const lines: string[] = [];
  for (const size of [1_000, 10_000, 100_000]) {
    const { leaders, texts } = await queriesFor(size);
    const index = createNameIndex(leaders);
    for (const t of [...texts, ...extraQueries(leaders)]) lines.push(JSON.stringify([size, t, index.match(t)]));
  }
  const text = lines.join('\n') + '\n';
  writeFileSync(arg ?? 'names-dump.jsonl', text);
  console.log(`${lines.length} lookups, sha256 ${createHash('sha256').update(text).digest('hex')}`);
} else if (mode === 'check') {
  const { foldName, foldNameSlow } = await import('../../lib/names/fold');
  const ranges: Array<[number, number]> = [[0, 0x370], [0x1e00, 0x1f00]];
  const table = ranges.flatMap(([a, b]) => Array.from({ length: b - a }, (_, k) => String.fromCharCode(a + k)));
  let checked = 0;
  let wrong = 0;
  const test = (text: string) => {
    checked++;
    if (foldName(text) !== foldNameSlow(text)) {
      if (wrong++ < 10) console.log('differs:', JSON.stringify(text), foldName(text), foldNameSlow(text));
    }
  };
  // Every code point alone (lone surrogates included), then beside a letter and a mark.
  const every: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) every.push(String.fromCodePoint(cp));
  for (const ch of every) {
    test(ch);
    test(`a${ch}b`);
    test(`${ch}\u0301 ${ch}`);
  }
  for (const a of table) for (const b of table) test(a + b);
  const random = seededRandom(3);
  // What disguised names are made of: look-alikes, fancy letters, marks, invisible characters, Σ, emoji, surrogates.
  const others = ['а', 'Σ', 'σ', 'ς', '\u2800', '\u200b', '\u200d', '\ufe0f', '✔', '🇻🇳', 'ｈ', '\u3164', '𝐇', '\u0345', '\ud835', '\udc07', 'İ', 'ᴀ'];
  const all = [...table, ...others, ...others, ' ', ' ', 'a', 'n', 'h', '\u0301', '\u0323'];
  for (let n = 0; n < 3_000_000; n++) {
    let text = '';
    for (let k = 0, len = 1 + Math.floor(random() * 12); k < len; k++) {
      text += random() < 0.1 ? every[Math.floor(random() * every.length)]! : all[Math.floor(random() * all.length)]!;
    }
    test(text);
  }
  // The plain-text tests of the disguise report against the regexes they stand for.
  const { isPlainText, isPlainWords, plainTextRe, plainWordsRe } = await import('../../lib/names/disguise');
  const plainTest = (text: string) => {
    checked++;
    if (isPlainText(text) !== plainTextRe.test(text) || isPlainWords(text) !== plainWordsRe.test(text)) {
      if (wrong++ < 10) console.log('plain test differs:', JSON.stringify(text));
    }
  };
  const near = [...table.filter((ch) => plainTextRe.test(ch)), ' ', ' ', ' ', 'ạ', 'ỹ', 'Ỹ', 'ἀ', '\u0301', 'а', '\u3000', '\ud835'];
  for (const text of ['', ' ', '  ', 'a', 'a b', 'a  b', ' a', 'a ', 'Lê Quang Minh', 'Lê Quang  Minh', 'Lê-Quang']) plainTest(text);
  for (const ch of every) {
    plainTest(ch);
    plainTest(`a${ch}b`);
    plainTest(`${ch} a`);
  }
  for (let n = 0; n < 2_000_000; n++) {
    let text = '';
    for (let k = 0, len = Math.floor(random() * 10); k < len; k++) {
      text += random() < 0.02 ? every[Math.floor(random() * every.length)]! : near[Math.floor(random() * near.length)]!;
    }
    plainTest(text);
  }
  console.log(`${checked} strings, ${wrong} differ`);
  if (wrong) process.exitCode = 1;
}
