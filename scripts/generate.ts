/**
 * Regenerates the derived files the project keeps in lib/ from ../shared (third-party data) and from lib's own
 * schemas. Each generator in scripts/generate/ exports `generate(): Promise<string[]>` returning the files it
 * wrote. Run by `npm run build`; tests check that the committed outputs are fresh.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, 'generate');
const files = (await readdir(dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { generate?: () => Promise<string[]> };
  if (typeof mod.generate !== 'function') continue;
  const written = await mod.generate();
  for (const w of written) console.log(`generated ${path.relative(process.cwd(), w)}`);
}
