import { z } from 'zod';

/**
 * The signed feed (docs/feed.md). The envelope carries the payload's exact bytes in base64, so the signature
 * covers exactly what the client parses; the manifest is a small unsigned file that clients poll to learn
 * whether a newer feed exists before downloading it.
 */

export const FEED_FORMAT = 'cgd-feed/1';
export const MANIFEST_FORMAT = 'cgd-feed-manifest/1';
/**
 * Largest payload (decoded bytes) a client accepts. A 10,000-leader directory with accounts, phones and one or two
 * photo hashes each is about 4 MB as compact JSON and over 5 MB indented (scripts/bench/feed.ts), so 8 MB.
 */
export const MAX_PAYLOAD_BYTES = 8 * 1024 * 1024;
/** Largest feed file: the payload in base64 (4/3) plus the envelope's few fields. */
export const MAX_FEED_BYTES = Math.ceil(MAX_PAYLOAD_BYTES / 3) * 4 + 4096;
/** Largest manifest file a client reads. */
export const MAX_MANIFEST_BYTES = 4096;

const publisherId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be lowercase letters, digits and dashes');
export const keyIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be letters, digits, dots, dashes or underscores');
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

export const feedEnvelopeSchema = z.object({
  format: z.literal(FEED_FORMAT, { message: `must be "${FEED_FORMAT}"` }),
  publisherId,
  keyId: keyIdSchema,
  algorithm: z.literal('Ed25519', { message: 'must be "Ed25519"' }),
  /** The schema-1 directory's UTF-8 bytes, base64. */
  payload: base64,
  /** Ed25519 signature (64 bytes, base64) over exactly the payload bytes. */
  signature: base64,
});

export const feedManifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT, { message: `must be "${MANIFEST_FORMAT}"` }),
  publisherId,
  version: z.number().int().min(1),
  issuedAt: z.iso.datetime({ offset: true }),
  /** SHA-256 of the payload bytes (not of the feed file), lowercase hex. */
  payloadSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hexadecimal digits'),
  /** Size of the payload in bytes. */
  payloadBytes: z.number().int().min(1).max(MAX_PAYLOAD_BYTES),
  /** The feed file's name, resolved relative to the manifest's address. */
  feed: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be a plain file name'),
});

export type FeedEnvelope = z.infer<typeof feedEnvelopeSchema>;
export type FeedManifest = z.infer<typeof feedManifestSchema>;

/** Each version gets its own feed file (cacheable forever); the manifest's name stays put and is polled. */
export const feedFileName = (publisher: string, version: number): string => `${publisher}-v${version}.feed.json`;
export const manifestFileName = (publisher: string): string => `${publisher}.manifest.json`;

/** Whether parsed JSON is meant as a signed feed (rather than a plain payload), to route it to verification. */
export function looksLikeFeed(json: unknown): boolean {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const o = json as Record<string, unknown>;
  return 'format' in o || ('signature' in o && 'payload' in o);
}
