import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { banksSourcePath, banksTablePath, renderBanksModule } from '../../scripts/generate/banks';

describe('lib/money/generated/banks.ts', () => {
  it('is what scripts/generate/banks.ts makes from ../shared today (run `npm run generate` if not)', () => {
    const fresh = renderBanksModule(readFileSync(banksSourcePath, 'utf8'));
    expect(readFileSync(banksTablePath, 'utf8')).toBe(fresh);
  });
});
