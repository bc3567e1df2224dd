/**
 * Realistic leader directories and benign names for the name benchmark, from ../shared/data/names: surnames drawn by
 * their regional weights, the conventional middle names, given names from vietnamese-namedb (two-word lines such as
 * "Quang Minh" are middle + given name as Vietnamese parents choose them). Seeded, so every run sees the same people.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sharedDir } from '../generate/shared-path';
import type { NameEntry } from '../../lib/names';

const namesDir = path.join(sharedDir, 'data/names');

/** mulberry32: small, fast, good enough for sampling. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface NameSources {
  /** Cumulative weights per region: [surname, cumulative weight]. */
  surnames: Array<Array<[string, number]>>;
  boyTwoWord: string[];
  girlTwoWord: string[];
  boyOneWord: string[];
  girlOneWord: string[];
}

async function lines(file: string): Promise<string[]> {
  return (await readFile(path.join(namesDir, 'vietnamese-namedb', file), 'utf8'))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export async function loadNameSources(): Promise<NameSources> {
  const weights = JSON.parse(await readFile(path.join(namesDir, 'surname-weights/surname-weights-by-region.json'), 'utf8')) as Record<
    string,
    Array<{ surname: string; weight_percent: number }>
  >;
  const surnames = Object.values(weights).map((region) => {
    let total = 0;
    return region.map(({ surname, weight_percent }) => [surname, (total += weight_percent)] as [string, number]);
  });
  return {
    surnames,
    boyTwoWord: (await lines('boy.txt')).filter((l) => l.split(' ').length === 2),
    girlTwoWord: (await lines('girl.txt')).filter((l) => l.split(' ').length === 2),
    boyOneWord: await lines('boy_one_word.txt'),
    girlOneWord: await lines('girl_one_word.txt'),
  };
}

export interface PersonName {
  surname: string;
  middle: string[];
  given: string;
  full: string;
}

export function makeNameGenerator(sources: NameSources, seed: number): () => PersonName {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const surname = () => {
    const region = pick(sources.surnames);
    const r = random() * region[region.length - 1]![1];
    return region.find(([, cumulative]) => cumulative >= r)![0];
  };
  return () => {
    const boy = random() < 0.5;
    const s = surname();
    const shape = random();
    let middle: string[];
    let given: string;
    if (shape < 0.6) {
      // surname + a two-word given name line ("Lê" + "Quang Minh")
      const [m, g] = pick(boy ? sources.boyTwoWord : sources.girlTwoWord).split(' ') as [string, string];
      middle = [m];
      given = g;
    } else if (shape < 0.85) {
      // surname + Văn/Thị + a two-word given name line ("Nguyễn Thị Thu Hà")
      const [m, g] = pick(boy ? sources.boyTwoWord : sources.girlTwoWord).split(' ') as [string, string];
      middle = [boy ? 'Văn' : 'Thị', m];
      given = g;
    } else {
      // surname + middle + one-word given name ("Trần Văn Hùng")
      middle = [boy ? pick(['Văn', 'Đức', 'Hữu', 'Công', 'Quang', 'Minh']) : pick(['Thị', 'Ngọc', 'Thanh', 'Thu', 'Kim'])];
      given = pick(boy ? sources.boyOneWord : sources.girlOneWord);
    }
    return { surname: s, middle, given, full: [s, ...middle, given].join(' ') };
  };
}

export interface Population {
  leaders: NameEntry[];
  people: PersonName[];
}

/** n leaders; one in five also lists the short Western-order alias ("Minh Lê") that many use on Facebook. */
export function generateLeaders(sources: NameSources, n: number, seed = 1): Population {
  const next = makeNameGenerator(sources, seed);
  const random = seededRandom(seed ^ 0x5bd1e995);
  const leaders: NameEntry[] = [];
  const people: PersonName[] = [];
  for (let i = 0; i < n; i++) {
    const person = next();
    const entry: NameEntry = { leaderId: `L${i}`, name: person.full };
    if (random() < 0.2) entry.aliases = [`${person.given} ${person.surname}`];
    leaders.push(entry);
    people.push(person);
  }
  return { leaders, people };
}

/** Benign names of ordinary people from the same distribution, with another seed. */
export function generateBenignNames(sources: NameSources, n: number, seed = 7): PersonName[] {
  const next = makeNameGenerator(sources, seed);
  return Array.from({ length: n }, next);
}
