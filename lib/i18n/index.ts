// The i18n API: two catalogs (Vietnamese primary), a typed `t`, and the formatters the warnings need.
export { locales, defaultLocale, isLocale, localeFromLanguage, type Locale } from './locale';
export type { MessageKey, Catalog, Placeholders, MessageParams } from './catalog';
export { t, catalogOf } from './translate';
export { formatVnd } from './format-vnd';
export { describeReason, formatAmounts } from './describe-reason';
export { describeCharacter, firstOddCharacter, codeLabel } from './describe-character';
export { disguiseDetail, disguiseShape, wordHoldingDisguise, type DisguisedName, type DisguiseShape } from './describe-disguise';
export { leaderDesignation, joinAlternatives } from './leader-words';
