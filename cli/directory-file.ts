import { readFile } from 'node:fs/promises';
import { demoDirectory } from '../lib/directory/demo';
import { DirectoryError, parseDirectory } from '../lib/directory/parse';
import type { LeaderDirectory } from '../lib/directory/schema';
import { FeedRefused, looksLikeFeed, trustedPublishers, verifyFeed, type TrustedPublisher } from '../lib/feed';
import { CliError, takeOption } from './io';

export async function readTextFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

export async function readBytesFile(path: string, what: string): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength)) as Uint8Array<ArrayBuffer>;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

/** The command line trusts the built-in publishers, test keys included (the demo feed is signed with one). */
export const cliTrustedPublishers = (): TrustedPublisher[] => trustedPublishers({ includeTestKeys: true });

export interface DirectoryFile {
  directory: LeaderDirectory;
  /** Present when the file was a signed feed, verified. */
  signed?: { publisherId: string; keyId: string; payloadSha256: string };
}

/**
 * Reads a directory file: a signed feed (verified against the trusted publishers before use) or a plain schema-1
 * payload. Throws DirectoryError for a bad payload and FeedRefused for a refused feed.
 */
export async function readDirectoryFile(path: string, now: Date = new Date()): Promise<DirectoryFile> {
  const text = await readTextFile(path, 'directory');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DirectoryError(`not JSON: ${(error as Error).message}`);
  }
  if (!looksLikeFeed(json)) return { directory: parseDirectory(json) };
  const verified = await verifyFeed(text, { publishers: cliTrustedPublishers(), now });
  return { directory: verified.directory, signed: { publisherId: verified.publisherId, keyId: verified.keyId, payloadSha256: verified.payloadSha256 } };
}

/** Reads the directory file named by `--directory` (a signed feed or a plain payload), as a CliError when refused. */
export async function loadDirectoryFile(path: string): Promise<LeaderDirectory> {
  try {
    return (await readDirectoryFile(path)).directory;
  } catch (error) {
    if (error instanceof DirectoryError) throw new CliError(`${path}: ${error.message}`);
    if (error instanceof FeedRefused) throw new CliError(`${path}: feed refused: ${error.message}`);
    throw error;
  }
}

export async function takeDirectoryOption(argv: string[]): Promise<{ directory: LeaderDirectory; rest: string[] }> {
  const { value, rest } = takeOption(argv, '--directory');
  return { directory: value === undefined ? demoDirectory : await loadDirectoryFile(value), rest };
}

/** Reads an argument that is either text, a file path, or "-" for standard input. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
