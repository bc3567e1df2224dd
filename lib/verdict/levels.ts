/**
 * Verdict levels of ../shared/docs/product.md, from calm to loud. `none` means nothing to say.
 * The order matters: a later level outranks an earlier one when several pieces of evidence disagree.
 */
export const verdictLevels = ['none', 'verified', 'namesake', 'lookalike', 'hijack-risk', 'danger'] as const;
export type VerdictLevel = (typeof verdictLevels)[number];

export function levelRank(level: VerdictLevel): number {
  return verdictLevels.indexOf(level);
}

export function louderLevel(a: VerdictLevel, b: VerdictLevel): VerdictLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}
