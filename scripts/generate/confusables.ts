/**
 * Writes lib/names/generated/confusables.ts from ../shared/data/unicode: the UTS #39 prototype of every source code
 * point in confusables-17.0.0.txt, and the Default_Ignorable_Code_Point ranges of DerivedCoreProperties-17.0.0
 * (the current skeleton definition removes them before mapping; see shared/data/unicode/UNICODE_NOTES.md).
 *
 * The 750 KB source file is mostly comments. What the skeleton needs is 6,565 pairs, encoded here as one string
 * of about 42 KB (see encodeConfusables). Decoded once, lazily, by lib/names/skeleton.ts.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { repoDir, sharedDir } from './shared-path';

const unicodeDir = path.join(sharedDir, 'data/unicode');
export const confusablesOutput = path.join(repoDir, 'lib/names/generated/confusables.ts');

/** `src ; tgt ; MA` lines as [source code point, target code points]. */
export function parseConfusables(text: string): Array<[number, number[]]> {
  const pairs: Array<[number, number[]]> = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [src, tgt] = line.split(';').map((f) => f.trim());
    if (!src || !tgt) continue;
    const srcCps = src.split(/\s+/).map((h) => parseInt(h, 16));
    if (srcCps.length !== 1) throw new Error(`confusables: multi-code-point source in "${raw}"`);
    pairs.push([srcCps[0]!, tgt.split(/\s+/).map((h) => parseInt(h, 16))]);
  }
  return pairs;
}

/** `XXXX..YYYY ; Default_Ignorable_Code_Point` lines as merged [first, last] ranges. */
export function parseDefaultIgnorables(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line || !line.includes('Default_Ignorable_Code_Point')) continue;
    const [cps] = line.split(';');
    const [a, b] = cps!.trim().split('..');
    const first = parseInt(a!, 16);
    const last = b ? parseInt(b, 16) : first;
    const prev = ranges[ranges.length - 1];
    if (prev && prev[1] + 1 === first) prev[1] = last;
    else ranges.push([first, last]);
  }
  return ranges;
}

/**
 * What the skeleton needs of the file: the mappings it can reach, each to a target that needs no further mapping.
 * - A source that NFD changes is never looked up (step 1 of the skeleton decomposes it first; UNICODE_NOTES.md
 *   names "ơ -> o'"): 1,065 lines of 17.0.0 are dropped. For all but 22 of them the decomposition has the same
 *   skeleton as the target anyway ("ǵ -> ģ" is one of the 22).
 * - A target is replaced by its own skeleton, repeated until nothing changes: 14 lines of 17.0.0 map to a string
 *   whose NFD holds a character with its own mapping ("ﺂ" -> "آ" = alef + madda, and alef -> "l"). The data is
 *   meant to be closed; closing it here makes skeleton(src) === skeleton(tgt) hold for every reachable line, as
 *   the ICU test expects, and keeps the skeleton a single pass.
 */
export function closeConfusables(pairs: Array<[number, number[]]>, ignorables: Array<[number, number]>): Array<[number, number[]]> {
  const map = new Map(pairs.map(([src, tgt]) => [src, String.fromCodePoint(...tgt)]));
  const ignorable = (cp: number) => ignorables.some(([a, b]) => cp >= a && cp <= b);
  const pass = (text: string) => {
    let out = '';
    for (const ch of text.normalize('NFD')) {
      const cp = ch.codePointAt(0)!;
      if (!ignorable(cp)) out += map.get(cp) ?? ch;
    }
    return out.normalize('NFD');
  };
  const closed: Array<[number, number[]]> = [];
  for (const [src, tgt] of pairs) {
    const source = String.fromCodePoint(src);
    if (source.normalize('NFD') !== source) continue;
    let target = String.fromCodePoint(...tgt).normalize('NFD');
    for (let next = pass(target); next !== target; next = pass(target)) target = next;
    closed.push([src, Array.from(target, (c) => c.codePointAt(0)!)]);
  }
  return closed;
}

/**
 * Sorted by source; a run of consecutive sources whose single-code-point targets are equal ("=n") or consecutive
 * ("+n") is one entry (the mathematical alphabets are long runs). Entry: `delta[+n|=n]:target`, delta from the last
 * source of the previous entry, target code points joined by "."; all numbers in base 36; entries joined by ",".
 */
export function encodeConfusables(pairs: Array<[number, number[]]>): string {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const runs: Array<{ src: number; tgt: number[]; n: number; step: number }> = [];
  for (const [src, tgt] of sorted) {
    const run = runs[runs.length - 1];
    if (run && tgt.length === 1 && run.tgt.length === 1 && src === run.src + run.n) {
      const step = tgt[0]! - run.tgt[0]!;
      if (run.n === 1 && (step === 0 || step === 1)) {
        run.n = 2;
        run.step = step;
        continue;
      }
      if (run.n > 1 && tgt[0] === run.tgt[0]! + run.n * run.step) {
        run.n += 1;
        continue;
      }
    }
    runs.push({ src, tgt, n: 1, step: 1 });
  }
  let prev = 0;
  return runs
    .map(({ src, tgt, n, step }) => {
      let entry = (src - prev).toString(36);
      if (n > 1) entry += (step === 1 ? '+' : '=') + n.toString(36);
      prev = src + n - 1;
      return `${entry}:${tgt.map((cp) => cp.toString(36)).join('.')}`;
    })
    .join(',');
}

export async function renderConfusables(): Promise<string> {
  const confusables = await readFile(path.join(unicodeDir, 'confusables-17.0.0.txt'), 'utf8');
  const ignorables = await readFile(path.join(unicodeDir, 'DerivedCoreProperties-17.0.0-Default_Ignorable_Code_Point.txt'), 'utf8');
  const pairs = parseConfusables(confusables);
  const ranges = parseDefaultIgnorables(ignorables);
  const closed = closeConfusables(pairs, ranges);
  const encoded = encodeConfusables(closed);
  const chunks = encoded.match(/.{1,110}/g) ?? [];
  return [
    '// Generated by scripts/generate/confusables.ts from ../shared/data/unicode (Unicode 17.0.0, Unicode License v3).',
    '// Do not edit: run `npm run generate`. A test regenerates it in memory and compares.',
    '',
    `/** Default_Ignorable_Code_Point=Yes, as inclusive [first, last] ranges (DerivedCoreProperties-17.0.0). */`,
    `export const defaultIgnorableRanges: ReadonlyArray<readonly [number, number]> = ${JSON.stringify(ranges)};`,
    '',
    `/** Lines of confusables-17.0.0.txt, and how many of them the skeleton can reach (see closeConfusables). */`,
    `export const confusableLines = ${pairs.length};`,
    `export const confusableCount = ${closed.length};`,
    '',
    '/**',
    ' * The reachable mappings of confusables-17.0.0.txt, closed (closeConfusables), sorted by source: entries',
    ' * `delta[+n|=n]:target` joined by ","; see encodeConfusables in scripts/generate/confusables.ts. Decoded by',
    ' * lib/names/skeleton.ts.',
    ' */',
    'export const confusablesEncoded =',
    chunks.map((c) => `  '${c}'`).join(' +\n') + ';',
    '',
  ].join('\n');
}

export async function generate(): Promise<string[]> {
  await mkdir(path.dirname(confusablesOutput), { recursive: true });
  await writeFile(confusablesOutput, await renderConfusables());
  return [confusablesOutput];
}
