import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DirectoryError } from '../../lib/directory/parse';
import { KeyFormatError, PayloadTooLarge, base64ToBytes, importPrivateKey, keyIdFor, keyIdSchema, publicKeyOfJwk, signFeed } from '../../lib/feed';
import { readBytesFile, readTextFile } from '../directory-file';
import { CliError, printJson, rejectUnknownOptions, takeOption } from '../io';

/**
 * `directory sign PAYLOAD --key PRIVATE --out DIR [--key-id ID]`: signs the payload file's exact bytes and writes
 * the feed (<publisher>-v<version>.feed.json) and its manifest (<publisher>.manifest.json) into DIR. The key id is
 * --key-id, else the private key's "kid", else the id derived from its public key.
 */
export async function run(argv: string[]): Promise<void> {
  const key = takeOption(argv, '--key');
  const out = takeOption(key.rest, '--out');
  const keyIdOption = takeOption(out.rest, '--key-id');
  rejectUnknownOptions(keyIdOption.rest);
  if (keyIdOption.rest.length !== 1) throw new CliError('directory sign takes one payload file');
  if (key.value === undefined) throw new CliError('directory sign needs --key PRIVATE.jwk');
  if (out.value === undefined) throw new CliError('directory sign needs --out DIR');
  const payloadFile = keyIdOption.rest[0]!;

  let jwk: { kid?: unknown; x?: unknown };
  try {
    jwk = JSON.parse(await readTextFile(key.value, 'private key')) as typeof jwk;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${key.value}: not a JWK file: ${(error as Error).message}`);
  }
  let privateKey: CryptoKey;
  try {
    privateKey = await importPrivateKey(jwk);
  } catch (error) {
    if (error instanceof KeyFormatError) throw new CliError(`${key.value}: ${error.message}`);
    throw error;
  }
  const keyId =
    keyIdOption.value ?? (typeof jwk.kid === 'string' ? jwk.kid : await keyIdFor(base64ToBytes(publicKeyOfJwk({ x: String(jwk.x) }))!));
  if (!keyIdSchema.safeParse(keyId).success) throw new CliError(`key id "${keyId}" must be letters, digits, dots, dashes or underscores`);

  const payload = await readBytesFile(payloadFile, 'payload');
  let signed;
  try {
    signed = await signFeed(payload, privateKey, keyId);
  } catch (error) {
    if (error instanceof DirectoryError || error instanceof PayloadTooLarge) throw new CliError(`${payloadFile}: ${error.message}`);
    throw error;
  }
  await mkdir(out.value, { recursive: true });
  const feedPath = path.join(out.value, signed.feedFile);
  const manifestPath = path.join(out.value, signed.manifestFile);
  // The feed first: a manifest must never point at a feed that is not there yet.
  await writeFile(feedPath, signed.feedText);
  await writeFile(manifestPath, signed.manifestText);
  printJson({
    feed: feedPath,
    manifest: manifestPath,
    publisherId: signed.manifest.publisherId,
    version: signed.manifest.version,
    keyId,
    payloadSha256: signed.manifest.payloadSha256,
    payloadBytes: signed.manifest.payloadBytes,
  });
}
