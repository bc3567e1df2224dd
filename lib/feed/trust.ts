import { z } from 'zod';
import trustedJson from './trusted-publishers.json' with { type: 'json' };
import { keyIdSchema } from './format';

/**
 * The publishers whose feeds the extension accepts, and their public keys, built into the extension
 * (trusted-publishers.json). A key signs only within its validity window; several keys per publisher let a
 * publisher rotate without a gap (docs/feed.md, "Key rotation"). Keys marked `"test": true` have their private
 * half in the repository (tests/feed/) and must never be trusted by a production build.
 */

const isoInstant = z.iso.datetime({ offset: true });

export const trustedKeySchema = z
  .object({
    keyId: keyIdSchema,
    /** Base64 of the raw 32-byte Ed25519 public key. */
    publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be base64 of 32 bytes'),
    validFrom: isoInstant,
    validUntil: isoInstant,
    /** A test key: its private key is public. Dropped unless includeTestKeys. */
    test: z.boolean().default(false),
  })
  .refine((k) => Date.parse(k.validUntil) > Date.parse(k.validFrom), { message: 'validUntil must be later than validFrom', path: ['validUntil'] });

export const trustedPublisherSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/),
    name: z.string().trim().min(1),
    /** The address of the publisher's manifest; the manifest names the feed file beside it. HTTPS, or HTTP on this machine. */
    feedUrl: z
      .url({ protocol: /^https?$/ })
      .refine((u) => u.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(u), 'must be https (http only for 127.0.0.1)'),
    keys: z.array(trustedKeySchema).min(1),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.keys.forEach((k, i) => {
      if (seen.has(k.keyId)) ctx.addIssue({ code: 'custom', path: ['keys', i, 'keyId'], message: `duplicate key id "${k.keyId}"` });
      seen.add(k.keyId);
    });
  });

export const trustedPublishersFileSchema = z
  .object({ publishers: z.array(trustedPublisherSchema) })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.publishers.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['publishers', i, 'id'], message: `duplicate publisher "${p.id}"` });
      seen.add(p.id);
    });
  });

export type TrustedKey = z.infer<typeof trustedKeySchema>;
export type TrustedPublisher = z.infer<typeof trustedPublisherSchema>;

const builtIn = trustedPublishersFileSchema.parse(trustedJson).publishers;

/**
 * The built-in trusted publishers. Production builds pass `includeTestKeys: false`: test keys are removed, and
 * a publisher left with no key is removed with them.
 */
export function trustedPublishers(options: { includeTestKeys: boolean }): TrustedPublisher[] {
  return builtIn
    .map((p) => ({ ...p, keys: p.keys.filter((k) => options.includeTestKeys || !k.test) }))
    .filter((p) => p.keys.length > 0);
}

/** Whether `at` lies in the key's window [validFrom, validUntil). */
export function keyValidAt(key: Pick<TrustedKey, 'validFrom' | 'validUntil'>, at: Date): boolean {
  const t = at.getTime();
  return t >= Date.parse(key.validFrom) && t < Date.parse(key.validUntil);
}
