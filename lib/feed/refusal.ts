/**
 * Why a feed was refused. Every refusal is one of these codes with a one-line reason; verification never returns
 * part of a feed, so a caller either holds a whole verified directory or keeps the copy it had.
 */
export const feedRefusalCodes = [
  /** Not a feed envelope: not JSON, wrong format tag, missing or badly typed fields, bad base64. */
  'malformed-envelope',
  /** The feed (or its payload) is larger than MAX_FEED_BYTES. */
  'oversized',
  /** The envelope names a publisher that is not trusted. */
  'unknown-publisher',
  /** The publisher is trusted but has no key with this key id (or it was dropped, as test keys are in production). */
  'unknown-key',
  /** The key exists but is not valid now, or was not valid when the payload says it was issued. */
  'key-expired',
  /** The signature does not verify over the payload bytes with the named key. */
  'bad-signature',
  /** The signed bytes are not a schema-1 directory (not UTF-8, not JSON, or bad fields, named by path). */
  'invalid-payload',
  /** The payload's publisher id differs from the envelope's. */
  'publisher-mismatch',
  /** The manifest is not JSON or not a manifest. */
  'malformed-manifest',
  /** The manifest does not describe this feed (hash, size, version, publisher or issue time differ). */
  'manifest-mismatch',
  /** The version is not newer than the one already stored. */
  'rollback',
] as const;

export type FeedRefusalCode = (typeof feedRefusalCodes)[number];

export class FeedRefused extends Error {
  override name = 'FeedRefused';
  constructor(
    readonly code: FeedRefusalCode,
    reason: string,
    /** For invalid-payload: every bad field by its path ("leaders.3.accounts.0.phone"). */
    readonly problems: { path: string; message: string }[] = [],
  ) {
    super(`${code}: ${reason.split('\n')[0]}`);
  }
}
