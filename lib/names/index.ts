/**
 * Vietnamese name matching: folding, UTS #39 skeletons, the disguise report and the directory index.
 * See each module for the why; ../shared/docs/product.md for what `namesake` and `lookalike` mean.
 */
export { foldName, accentedKey, accentedTokens, isDefaultIgnorable, isInvisible } from './fold';
export { skeleton, areConfusable, skeletonFold } from './skeleton';
export { analyzeName, type DisguiseTag, type DisguiseDetail, type NameAnalysis } from './disguise';
export { titleMatches, organizationMatches, isNameSyllable } from './titles';
export {
  createNameIndex,
  LOOKALIKE_NAME_THRESHOLD,
  MIN_REPORTED_SCORE,
  type NameEntry,
  type NameDifferenceKind,
  type NameDifference,
  type NameMatch,
  type NameIndex,
} from './match';
