/** Signed directory feeds: format, trust, signing and verification (docs/feed.md). Pure: WebCrypto only. */
export { base64ToBytes, bytesToBase64, decodeUtf8, sha256Hex } from './bytes';
export {
  FEED_FORMAT,
  MANIFEST_FORMAT,
  MAX_FEED_BYTES,
  MAX_MANIFEST_BYTES,
  MAX_PAYLOAD_BYTES,
  feedEnvelopeSchema,
  feedFileName,
  feedManifestSchema,
  keyIdSchema,
  looksLikeFeed,
  manifestFileName,
  type FeedEnvelope,
  type FeedManifest,
} from './format';
export {
  KeyFormatError,
  generateSigningKeyPair,
  importPrivateKey,
  importPublicKey,
  keyIdFor,
  publicKeyOfJwk,
  type PrivateKeyJwk,
  type PublicKeyJwk,
  type SigningKeyPair,
} from './keys';
export { decodePayload } from './payload';
export { FeedRefused, feedRefusalCodes, type FeedRefusalCode } from './refusal';
export { PayloadTooLarge, signFeed, type SignedFeed } from './sign';
export {
  keyValidAt,
  trustedKeySchema,
  trustedPublisherSchema,
  trustedPublishers,
  trustedPublishersFileSchema,
  type TrustedKey,
  type TrustedPublisher,
} from './trust';
export { manifestOffersUpdate, parseManifest, verifyFeed, type VerifiedFeed, type VerifyOptions } from './verify';
export { diffDirectories, type DirectoryDiff } from './diff';
export { importLeadersCsv, leaderCsvColumns, photoFilesIn, type CsvImport, type CsvRowError, type PhotoFileHash } from './csv';
