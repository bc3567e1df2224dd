import { readFile } from 'node:fs/promises';
import { demoDirectory } from '../lib/directory/demo';
import { DirectoryError, parseDirectoryText } from '../lib/directory/parse';
import type { LeaderDirectory } from '../lib/directory/schema';
import { CliError, takeOption } from './io';

export async function readTextFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

/** Reads the directory file named by `--directory`, or the bundled demo directory when there is none. */
export async function loadDirectoryFile(path: string): Promise<LeaderDirectory> {
  const text = await readTextFile(path, 'directory');
  try {
    return parseDirectoryText(text);
  } catch (error) {
    if (error instanceof DirectoryError) throw new CliError(`${path}: ${error.message}`);
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
