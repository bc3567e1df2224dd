import { FeedRefused, base64ToBytes, decodeUtf8, parseManifest, publicKeyOfJwk, verifyFeed, type TrustedPublisher } from '../../lib/feed';
import { cliTrustedPublishers, readTextFile } from '../directory-file';
import { CliError, printJson, rejectUnknownOptions, takeOption } from '../io';

/**
 * `directory verify FEED [--pubkey PUBLIC] [--manifest MANIFEST] [--stored-version N]`: prints the verified payload
 * (JSON, as signed) and exits 0, or prints why the feed is refused on stderr in one line and exits 2.
 * PUBLIC is a public JWK (as written by keygen) or a file holding the base64 raw public key; without it the
 * feed is checked against the built-in trusted publishers (test keys included).
 */
export async function run(argv: string[], now: Date = new Date()): Promise<void> {
  const pubkey = takeOption(argv, '--pubkey');
  const manifestOption = takeOption(pubkey.rest, '--manifest');
  const stored = takeOption(manifestOption.rest, '--stored-version');
  rejectUnknownOptions(stored.rest);
  if (stored.rest.length !== 1) throw new CliError('directory verify takes one feed file');
  const feedFile = stored.rest[0]!;
  const storedVersion = stored.value === undefined ? undefined : Number(stored.value);
  if (storedVersion !== undefined && !Number.isInteger(storedVersion)) throw new CliError('--stored-version must be a whole number');

  const feedText = await readTextFile(feedFile, 'feed');
  const publishers = pubkey.value === undefined ? cliTrustedPublishers() : await publisherOfKeyFile(pubkey.value, feedText);
  try {
    const manifest = manifestOption.value === undefined ? undefined : parseManifest(await readTextFile(manifestOption.value, 'manifest'));
    const verified = await verifyFeed(feedText, { publishers, now, manifest, storedVersion });
    printJson(JSON.parse(decodeUtf8(verified.payloadBytes)!));
  } catch (error) {
    if (error instanceof FeedRefused) throw new CliError(`${feedFile}: refused: ${error.message}`);
    throw error;
  }
}

/**
 * Trust exactly one key, for the publisher the feed names: the signature decides. A JWK's "kid", when present,
 * must match the feed's key id.
 */
async function publisherOfKeyFile(file: string, feedText: string): Promise<TrustedPublisher[]> {
  const text = (await readTextFile(file, 'public key')).trim();
  let publicKey = text;
  let keyId: string | undefined;
  if (text.startsWith('{')) {
    let jwk: { kty?: unknown; crv?: unknown; x?: unknown; kid?: unknown };
    try {
      jwk = JSON.parse(text) as typeof jwk;
    } catch (error) {
      throw new CliError(`${file}: not a JWK: ${(error as Error).message}`);
    }
    if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new CliError(`${file}: not an Ed25519 public JWK`);
    publicKey = publicKeyOfJwk({ x: jwk.x });
    keyId = typeof jwk.kid === 'string' ? jwk.kid : undefined;
  }
  const raw = base64ToBytes(publicKey);
  if (raw === null || raw.length !== 32) throw new CliError(`${file}: a public key must be an Ed25519 JWK or base64 of 32 bytes`);
  // Only to name the publisher and key the feed claims; verifyFeed checks the envelope itself.
  let claimed: { publisherId?: unknown; keyId?: unknown } = {};
  try {
    claimed = JSON.parse(feedText) as typeof claimed;
  } catch {
    // verifyFeed refuses it as malformed-envelope
  }
  const publisherId = typeof claimed?.publisherId === 'string' ? claimed.publisherId : 'unknown';
  return [
    {
      id: publisherId,
      name: publisherId,
      feedUrl: 'http://127.0.0.1/',
      keys: [
        {
          keyId: keyId ?? (typeof claimed?.keyId === 'string' ? claimed.keyId : 'unknown'),
          publicKey,
          validFrom: '1970-01-01T00:00:00Z',
          validUntil: '9999-12-31T23:59:59Z',
          test: false,
        },
      ],
    },
  ];
}
