import { writeFile } from 'node:fs/promises';
import { generateSigningKeyPair, keyIdSchema } from '../../lib/feed';
import { CliError, printJson, rejectUnknownOptions, takeOption } from '../io';

/**
 * `directory keygen --out PREFIX [--key-id ID]`: a new Ed25519 key pair in PREFIX.private.jwk (readable by its
 * owner only) and PREFIX.public.jwk; prints the key id and the base64 public key to add to trusted-publishers.json.
 * Never overwrites a file: losing a publisher's private key means rotating to a new one.
 */
export async function run(argv: string[]): Promise<void> {
  const out = takeOption(argv, '--out');
  const keyIdOption = takeOption(out.rest, '--key-id');
  rejectUnknownOptions(keyIdOption.rest);
  if (keyIdOption.rest.length > 0) throw new CliError(`directory keygen takes no file argument (got ${keyIdOption.rest[0]})`);
  if (out.value === undefined) throw new CliError('directory keygen needs --out PREFIX');
  if (keyIdOption.value !== undefined && !keyIdSchema.safeParse(keyIdOption.value).success) {
    throw new CliError(`--key-id must be letters, digits, dots, dashes or underscores (got "${keyIdOption.value}")`);
  }
  const pair = await generateSigningKeyPair(keyIdOption.value);
  const privateFile = `${out.value}.private.jwk`;
  const publicFile = `${out.value}.public.jwk`;
  await writeNew(privateFile, `${JSON.stringify(pair.privateJwk, null, 2)}\n`, 0o600);
  await writeNew(publicFile, `${JSON.stringify(pair.publicJwk, null, 2)}\n`, 0o644);
  printJson({ keyId: pair.keyId, publicKey: pair.publicKey, privateKeyFile: privateFile, publicKeyFile: publicFile });
}

async function writeNew(file: string, text: string, mode: number): Promise<void> {
  try {
    await writeFile(file, text, { flag: 'wx', mode });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'EEXIST' ? `${file} already exists; not overwriting a key` : `cannot write ${file}: ${(error as Error).message}`);
  }
}
