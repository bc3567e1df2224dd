/**
 * How people name banks in chat beyond the aliases in the third-party list (generated/banks.ts): brand stems
 * ("vietcom", "techcom", "sacom"), common misspellings and two-letter tags. Keyed by VietQR code. Written folded.
 */
export const bankChatAliases: Readonly<Record<string, readonly string[]>> = {
  VCB: ['vietcom', 'vcbank', 'vietcombank', 'vietcong bank'],
  CTG: ['vietin', 'viettin bank', 'vtb'],
  BID: ['bidv bank'],
  TCB: ['techcom', 'tech com', 'teckcom'],
  MBB: ['mb', 'mbbank', 'quan doi bank'],
  AGRIBANK: ['agr', 'agribank'],
  STB: ['sacom', 'sacombank'],
  VPB: ['vp', 'vpbank'],
  TPB: ['tpbank'],
  LPB: ['lienviet', 'lien viet', 'lienvietpost'],
  EIB: ['exim'],
  MSB: ['maritime bank', 'maritime'],
  SSB: ['seabank'],
  HDB: ['hdbank'],
  SHB: ['shbank'],
  OCB: ['phuong dong bank'],
  MOMO: ['vi momo'],
};

/**
 * Aliases that are also ordinary words or abbreviations in Vietnamese or English chat ("MB", "bid", "cake",
 * "Lộc Phát", "Đông Á", "Saigon"). A mention counts only beside bank context (see banks.ts); the short codes
 * also count when written in capitals.
 */
export const capitalsOrContextAliases: ReadonlySet<string> = new Set([
  'mb', 'vp', 'sc', 'bid', 'cake', 'agri', 'agr', 'coop', 'timo', 'vtb', 'exim', 'maritime', 'ncb', 'dab', 'nab',
]);
export const contextOnlyAliases: ReadonlySet<string> = new Set(['dong a', 'loc phat', 'saigon', 'lien viet', 'tech com']);
