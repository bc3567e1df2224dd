import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PageLoader } from '../lib/eval/page';

/**
 * Saved pages for eval's page cases, parsed with linkedom: a DOM without a browser, fast to start, that runs no
 * script from the page (a saved page is as hostile as a live one).
 */
export const nodePageLoader: PageLoader = {
  async loadDocument(file, baseDir) {
    const { parseHTML } = await import('linkedom');
    const html = await readCaseFile(file, baseDir, 'page');
    return parseHTML(html.toString('utf8')).document as unknown as ParentNode;
  },
  async photoEvidence(file, baseDir, engine) {
    const [{ decodeImageBytes }, { pdqHash, bestPhotoMatch, PDQ_MIN_QUALITY }] = await Promise.all([
      import('./image-file'),
      import('../lib/photos/pdq'),
    ]);
    const bytes = await readCaseFile(file, baseDir, 'avatar');
    const { hash, quality } = pdqHash(decodeImageBytes(bytes, file));
    // A flat or tiny image says nothing about whose photo it is.
    if (quality < PDQ_MIN_QUALITY) return undefined;
    return bestPhotoMatch(hash, engine.photos);
  },
};

async function readCaseFile(file: string, baseDir: string, what: string): Promise<Buffer> {
  const full = path.resolve(baseDir, file);
  try {
    return await readFile(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`cannot read ${what} ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}
