import type { LeaderDirectory } from '../directory/schema';
import { bytesToBase64, sha256Hex } from './bytes';
import { FEED_FORMAT, MANIFEST_FORMAT, MAX_PAYLOAD_BYTES, feedFileName, manifestFileName, type FeedEnvelope, type FeedManifest } from './format';
import { decodePayload } from './payload';

export interface SignedFeed {
  directory: LeaderDirectory;
  envelope: FeedEnvelope;
  /** The feed file's text, to publish as `feedFile`. */
  feedText: string;
  feedFile: string;
  manifest: FeedManifest;
  manifestText: string;
  manifestFile: string;
}

export class PayloadTooLarge extends Error {
  override name = 'PayloadTooLarge';
}

/**
 * Signs a schema-1 payload's exact bytes with a publisher's Ed25519 private key. The payload is checked first
 * (DirectoryError with field paths when it is not schema 1), so a publisher cannot publish a feed that clients
 * would refuse to read. The publisher id comes from the payload itself.
 */
export async function signFeed(payloadBytes: Uint8Array<ArrayBuffer>, privateKey: CryptoKey, keyId: string): Promise<SignedFeed> {
  if (payloadBytes.length > MAX_PAYLOAD_BYTES) {
    throw new PayloadTooLarge(`payload is ${payloadBytes.length} bytes; the limit is ${MAX_PAYLOAD_BYTES}`);
  }
  const directory = decodePayload(payloadBytes);
  const signature = new Uint8Array(await globalThis.crypto.subtle.sign({ name: 'Ed25519' }, privateKey, payloadBytes));
  const publisherId = directory.publisher.id;
  const envelope: FeedEnvelope = {
    format: FEED_FORMAT,
    publisherId,
    keyId,
    algorithm: 'Ed25519',
    payload: bytesToBase64(payloadBytes),
    signature: bytesToBase64(signature),
  };
  const feedFile = feedFileName(publisherId, directory.version);
  const manifest: FeedManifest = {
    format: MANIFEST_FORMAT,
    publisherId,
    version: directory.version,
    issuedAt: directory.issuedAt,
    payloadSha256: await sha256Hex(payloadBytes),
    payloadBytes: payloadBytes.length,
    feed: feedFile,
  };
  return {
    directory,
    envelope,
    feedText: `${JSON.stringify(envelope, null, 1)}\n`,
    feedFile,
    manifest,
    manifestText: `${JSON.stringify(manifest, null, 2)}\n`,
    manifestFile: manifestFileName(publisherId),
  };
}
