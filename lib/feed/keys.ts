import { base64ToBytes, bytesToBase64, sha256Hex } from './bytes';

/**
 * Ed25519 keys through WebCrypto (`globalThis.crypto.subtle`), in Chromium, Firefox and Node 20 alike.
 * Public keys travel as base64 of the raw 32 bytes; private keys as JWK (RFC 8037, `kty: "OKP"`).
 */

const ed25519 = { name: 'Ed25519' } as const;

export interface PublicKeyJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid?: string;
}

export interface PrivateKeyJwk extends PublicKeyJwk {
  d: string;
}

export interface SigningKeyPair {
  keyId: string;
  /** Base64 of the raw 32-byte public key, as in trusted-publishers.json. */
  publicKey: string;
  privateJwk: PrivateKeyJwk;
  publicJwk: PublicKeyJwk;
}

/** A key's default id: "ed25519-" and the first 16 hex digits of the SHA-256 of its raw public key. */
export async function keyIdFor(publicKeyRaw: Uint8Array<ArrayBuffer>): Promise<string> {
  return `ed25519-${(await sha256Hex(publicKeyRaw)).slice(0, 16)}`;
}

export async function generateSigningKeyPair(keyId?: string): Promise<SigningKeyPair> {
  const pair = (await globalThis.crypto.subtle.generateKey(ed25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', pair.publicKey));
  const jwk = await globalThis.crypto.subtle.exportKey('jwk', pair.privateKey);
  const kid = keyId ?? (await keyIdFor(raw));
  return {
    keyId: kid,
    publicKey: bytesToBase64(raw),
    privateJwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x!, d: jwk.d!, kid },
    publicJwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x!, kid },
  };
}

export class KeyFormatError extends Error {
  override name = 'KeyFormatError';
}

/** Base64 (standard, padded) of the raw 32-byte public key to a verifying key. */
export async function importPublicKey(publicKeyBase64: string): Promise<CryptoKey> {
  const raw = base64ToBytes(publicKeyBase64);
  if (raw === null || raw.length !== 32) throw new KeyFormatError('a public key must be base64 of 32 bytes');
  return globalThis.crypto.subtle.importKey('raw', raw, ed25519, false, ['verify']);
}

export async function importPrivateKey(jwk: unknown): Promise<CryptoKey> {
  const j = jwk as Partial<PrivateKeyJwk> | null;
  if (typeof j !== 'object' || j === null || j.kty !== 'OKP' || j.crv !== 'Ed25519' || typeof j.d !== 'string' || typeof j.x !== 'string') {
    throw new KeyFormatError('a private key must be an Ed25519 JWK ({"kty":"OKP","crv":"Ed25519","d":...,"x":...})');
  }
  try {
    return await globalThis.crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', d: j.d, x: j.x }, ed25519, false, ['sign']);
  } catch (error) {
    throw new KeyFormatError(`not a usable Ed25519 private key: ${(error as Error).message}`);
  }
}

/** The raw public key (base64, standard) of a JWK's base64url `x`. */
export function publicKeyOfJwk(jwk: { x: string }): string {
  const b64 = jwk.x.replace(/-/g, '+').replace(/_/g, '/');
  return b64 + '='.repeat((4 - (b64.length % 4)) % 4);
}
