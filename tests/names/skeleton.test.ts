// Oracles for UTS #39 skeletons: every line of confusables-17.0.0.txt (the property ICU's
// SpoofCheckerTest.testConfData checks) and third-party vectors (shared/data/unicode/UNICODE_NOTES.md).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDir } from '../../scripts/generate/shared-path';
import { parseConfusables } from '../../scripts/generate/confusables';
import { skeleton, areConfusable, skeletonFold, confusablePrototype } from '../../lib/names/skeleton';
import { isDefaultIgnorable } from '../../lib/names/fold';
import { confusableCount } from '../../lib/names/generated/confusables';

const unicodeDir = path.join(sharedDir, 'data/unicode');
const pairs = parseConfusables(readFileSync(path.join(unicodeDir, 'confusables-17.0.0.txt'), 'utf8'));

describe('skeleton over confusables-17.0.0.txt', () => {
  const reachable = pairs.filter(([src]) => String.fromCodePoint(src).normalize('NFD') === String.fromCodePoint(src));

  it('keeps every mapping the skeleton can reach, closed', () => {
    expect(pairs.length).toBe(6565);
    expect(confusableCount).toBe(reachable.length);
    let closedTargets = 0;
    for (const [src, tgt] of reachable) {
      const target = String.fromCodePoint(...tgt);
      const stored = confusablePrototype(src);
      if (stored !== target.normalize('NFD')) {
        closedTargets++;
        expect(stored).toBe(skeleton(target)); // the target's own skeleton: "ﺂ" -> "آ" -> "l" + madda
      }
    }
    expect(closedTargets).toBe(14);
  });

  it('skeleton(src) === skeleton(tgt) for every line whose source is not default-ignorable', () => {
    const failures: string[] = [];
    let unreachable = 0;
    let checked = 0;
    for (const [src, tgt] of pairs) {
      if (isDefaultIgnorable(src)) continue;
      checked++;
      const a = String.fromCodePoint(src);
      const b = String.fromCodePoint(...tgt);
      if (skeleton(a) === skeleton(b)) continue;
      // A source that NFD decomposes is never looked up: step 1 of the skeleton decomposes it ("ơ" -> o + horn).
      if (a.normalize('NFD') !== a) unreachable++;
      else failures.push(`${src.toString(16)} -> ${tgt.map((c) => c.toString(16)).join(' ')}`);
    }
    expect(checked).toBeGreaterThan(6500);
    expect(failures).toEqual([]);
    expect(unreachable).toBe(22);
  });

  it('respects canonical equivalence', () => {
    for (const [src] of pairs) {
      const a = String.fromCodePoint(src);
      expect(skeleton(a)).toBe(skeleton(a.normalize('NFD')));
    }
  });
});

describe('third-party skeleton vectors', () => {
  const vectors = JSON.parse(readFileSync(path.join(unicodeDir, 'skeleton-test-vectors-thirdparty.json'), 'utf8')) as {
    skeleton_equals: Array<{ input: string; expected_skeleton: string }>;
    confusable_pairs: Array<[string, string]>;
    not_confusable_pairs: Array<[string, string]>;
    meziantou_pairs_confusable: Array<[string, string]>;
    meziantou_pairs_not_confusable: Array<[string, string]>;
  };

  it.each(vectors.skeleton_equals)('skeleton($input) = $expected_skeleton', ({ input, expected_skeleton }) => {
    expect(skeleton(input)).toBe(expected_skeleton);
  });
  it.each([...vectors.confusable_pairs, ...vectors.meziantou_pairs_confusable])('%s is confusable with %s', (a, b) => {
    expect(areConfusable(a, b)).toBe(true);
  });
  it.each([...vectors.not_confusable_pairs, ...vectors.meziantou_pairs_not_confusable])('%s is not confusable with %s', (a, b) => {
    expect(areConfusable(a, b)).toBe(false);
  });
});

describe('skeletons and Vietnamese names (UNICODE_NOTES.md)', () => {
  it('strips default ignorables (the current definition)', () => {
    expect(skeleton('Mi\u200bnh')).toBe(skeleton('Minh'));
    expect(skeleton('Lê\u00adQuang')).toBe(skeleton('LêQuang'));
  });
  it('gives Đ (U+0110) and Ð (U+00D0) the same skeleton, but not đ and d', () => {
    expect(skeleton('Đặng')).toBe(skeleton('Ðặng'));
    expect(skeleton('đ')).not.toBe(skeleton('d'));
  });
  it('is odd: m is "rn", so it is for comparing only', () => {
    expect(skeleton('Phạm').normalize('NFC')).not.toBe('Phạm');
    expect(areConfusable('Phạm', 'Phạrn')).toBe(true);
  });
  it('skeletonFold folds case and marks on both sides', () => {
    expect(skeletonFold('Phạrn')).toBe(skeletonFold('Phạm'));
    expect(skeletonFold('Iâm')).toBe(skeletonFold('Lâm')); // capital I posing as l
    expect(skeletonFold('Ng0')).toBe(skeletonFold('Ngô'));
    expect(skeletonFold('Hùng')).toBe(skeletonFold('Hưng')); // marks folded: the matcher keeps marks apart itself
  });
});
