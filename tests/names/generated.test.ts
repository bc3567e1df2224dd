// The committed generated tables are what their generators make from ../shared today.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { confusablesOutput, renderConfusables } from '../../scripts/generate/confusables';
import { renderNameSyllables, syllablesOutput } from '../../scripts/generate/names-syllables';

describe('generated name tables are fresh', () => {
  it('lib/names/generated/confusables.ts', async () => {
    expect(readFileSync(confusablesOutput, 'utf8')).toBe(await renderConfusables());
  });
  it('lib/names/generated/name-syllables.ts', async () => {
    expect(readFileSync(syllablesOutput, 'utf8')).toBe(await renderNameSyllables());
  });
});
