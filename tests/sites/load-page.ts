import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// Vitest runs from the repository root; happy-dom replaces the global URL, so no import.meta.url arithmetic here.
export const fixturesDir = join(process.cwd(), 'tests', 'fixtures');
/** Copies of the shared DOM fragments the fixtures were modelled on (tests/fixtures/shared-dom/README.md). */
export const sharedFragmentsDir = join(fixturesDir, 'shared-dom');

/** Parses HTML (a whole document or a fragment) with the test environment's DOMParser (happy-dom). */
export function parsePage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadFixture(relativePath: string): Document {
  return parsePage(readFileSync(join(fixturesDir, relativePath), 'utf8'));
}

export function loadSharedFragment(relativePath: string): Document {
  return parsePage(readFileSync(join(sharedFragmentsDir, relativePath), 'utf8'));
}
