import { DirectoryError, describeIssues } from '../directory/parse';
import type { LeaderDirectory } from '../directory/schema';
import { base64ToBytes, sha256Hex } from './bytes';
import { MAX_FEED_BYTES, MAX_MANIFEST_BYTES, MAX_PAYLOAD_BYTES, feedEnvelopeSchema, feedManifestSchema, type FeedManifest } from './format';
import { importPublicKey } from './keys';
import { decodePayload } from './payload';
import { FeedRefused } from './refusal';
import { keyValidAt, type TrustedKey, type TrustedPublisher } from './trust';

export interface VerifyOptions {
  /** Who is trusted, with which keys: trustedPublishers(...) or a list built for one key. */
  publishers: readonly TrustedPublisher[];
  now: Date;
  /** The manifest that announced this feed: it must describe exactly this feed. */
  manifest?: FeedManifest;
  /** The version already stored for this publisher: only a newer one is accepted. */
  storedVersion?: number;
}

export interface VerifiedFeed {
  directory: LeaderDirectory;
  publisherId: string;
  keyId: string;
  /** The exact signed bytes, and their SHA-256 (lowercase hex). */
  payloadBytes: Uint8Array;
  payloadSha256: string;
}

function firstProblem(problems: { path: string; message: string }[]): string {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return first ? `${first.path}: ${first.message}${more}` : 'invalid';
}

/**
 * Verifies a feed file's text and returns the whole verified directory, or throws a FeedRefused with its code
 * and one-line reason (docs/feed.md, "Verification"). Nothing else is thrown for any input text, and nothing
 * from the feed is returned unless every check passed.
 */
export async function verifyFeed(feedText: string, options: VerifyOptions): Promise<VerifiedFeed> {
  if (feedText.length > MAX_FEED_BYTES) throw new FeedRefused('oversized', `feed is ${feedText.length} bytes; the limit is ${MAX_FEED_BYTES}`);
  let json: unknown;
  try {
    json = JSON.parse(feedText);
  } catch (error) {
    throw new FeedRefused('malformed-envelope', `feed is not JSON: ${(error as Error).message}`);
  }
  const parsed = feedEnvelopeSchema.safeParse(json);
  if (!parsed.success) throw new FeedRefused('malformed-envelope', `feed envelope: ${firstProblem(describeIssues(parsed.error))}`);
  const envelope = parsed.data;

  const payloadBytes = base64ToBytes(envelope.payload);
  if (payloadBytes === null) throw new FeedRefused('malformed-envelope', 'feed envelope: payload: not canonical base64');
  if (payloadBytes.length > MAX_PAYLOAD_BYTES) {
    throw new FeedRefused('oversized', `payload is ${payloadBytes.length} bytes; the limit is ${MAX_PAYLOAD_BYTES}`);
  }
  const signature = base64ToBytes(envelope.signature);
  if (signature === null || signature.length !== 64) throw new FeedRefused('malformed-envelope', 'feed envelope: signature: not 64 bytes of base64');

  const publisher = options.publishers.find((p) => p.id === envelope.publisherId);
  if (!publisher) throw new FeedRefused('unknown-publisher', `publisher "${envelope.publisherId}" is not trusted`);
  const key: TrustedKey | undefined = publisher.keys.find((k) => k.keyId === envelope.keyId);
  if (!key) throw new FeedRefused('unknown-key', `publisher "${publisher.id}" has no trusted key "${envelope.keyId}"`);
  if (!keyValidAt(key, options.now)) {
    throw new FeedRefused('key-expired', `key "${key.keyId}" is valid from ${key.validFrom} until ${key.validUntil}, not now (${options.now.toISOString()})`);
  }

  const verifyingKey = await importPublicKey(key.publicKey);
  const good = await globalThis.crypto.subtle.verify({ name: 'Ed25519' }, verifyingKey, signature, payloadBytes);
  if (!good) throw new FeedRefused('bad-signature', `signature does not verify with key "${key.keyId}"`);

  let directory: LeaderDirectory;
  try {
    directory = decodePayload(payloadBytes);
  } catch (error) {
    if (!(error instanceof DirectoryError)) throw error;
    throw new FeedRefused('invalid-payload', error.message, error.problems);
  }
  if (directory.publisher.id !== envelope.publisherId) {
    throw new FeedRefused('publisher-mismatch', `payload is from publisher "${directory.publisher.id}", the envelope says "${envelope.publisherId}"`);
  }
  if (!keyValidAt(key, new Date(directory.issuedAt))) {
    throw new FeedRefused('key-expired', `payload issued at ${directory.issuedAt}, outside key "${key.keyId}"'s window ${key.validFrom} to ${key.validUntil}`);
  }

  const payloadSha256 = await sha256Hex(payloadBytes);
  if (options.manifest) checkManifest(options.manifest, directory, payloadBytes.length, payloadSha256);
  if (options.storedVersion !== undefined && directory.version <= options.storedVersion) {
    throw new FeedRefused('rollback', `version ${directory.version} is not newer than the stored version ${options.storedVersion}`);
  }
  return { directory, publisherId: envelope.publisherId, keyId: key.keyId, payloadBytes, payloadSha256 };
}

function checkManifest(manifest: FeedManifest, directory: LeaderDirectory, size: number, sha256: string): void {
  const differences = [
    manifest.publisherId !== directory.publisher.id && `publisher ${manifest.publisherId} vs ${directory.publisher.id}`,
    manifest.version !== directory.version && `version ${manifest.version} vs ${directory.version}`,
    manifest.issuedAt !== directory.issuedAt && `issuedAt ${manifest.issuedAt} vs ${directory.issuedAt}`,
    manifest.payloadBytes !== size && `size ${manifest.payloadBytes} vs ${size} bytes`,
    manifest.payloadSha256 !== sha256 && `SHA-256 ${manifest.payloadSha256.slice(0, 12)}… vs ${sha256.slice(0, 12)}…`,
  ].filter((d): d is string => typeof d === 'string');
  if (differences.length > 0) throw new FeedRefused('manifest-mismatch', `manifest does not describe this feed: ${differences.join('; ')}`);
}

/** Parses a manifest file's text, or throws FeedRefused('malformed-manifest'). */
export function parseManifest(text: string): FeedManifest {
  if (text.length > MAX_MANIFEST_BYTES) throw new FeedRefused('oversized', `manifest is ${text.length} bytes; the limit is ${MAX_MANIFEST_BYTES}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FeedRefused('malformed-manifest', `manifest is not JSON: ${(error as Error).message}`);
  }
  const parsed = feedManifestSchema.safeParse(json);
  if (!parsed.success) throw new FeedRefused('malformed-manifest', `manifest: ${firstProblem(describeIssues(parsed.error))}`);
  return parsed.data;
}

/**
 * The cheap check a client makes on every poll: is the manifest's version newer than the stored one? The manifest
 * is unsigned, so this only decides whether to download; the feed itself is verified with the manifest.
 */
export function manifestOffersUpdate(manifest: FeedManifest, storedVersion: number | undefined): boolean {
  return storedVersion === undefined || manifest.version > storedVersion;
}
