import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/sites';
import { fixtureUrls } from './fixture-urls';

/** The command-line tool reads pages with linkedom, the extension's tests with happy-dom: same page, same reading. */
const fixturesDir = join(process.cwd(), 'tests', 'fixtures');

function withHappyDom(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function withLinkedom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('linkedom and happy-dom read every fixture alike', () => {
  const files = ['facebook', 'zalo'].flatMap((folder) => readdirSync(join(fixturesDir, folder)).map((file) => `${folder}/${file}`));

  it('has an address for every fixture', () => {
    expect(files.filter((file) => !(file in fixtureUrls))).toEqual([]);
  });

  for (const file of files) {
    it(file, () => {
      const html = readFileSync(join(fixturesDir, file), 'utf8');
      const url = new URL(fixtureUrls[file] ?? 'https://invalid.example/');
      const expected = readPage(withHappyDom(html), url);
      expect(expected?.layers.length).toBeGreaterThan(0);
      expect(readPage(withLinkedom(html), url)).toEqual(expected);
    });
  }
});
