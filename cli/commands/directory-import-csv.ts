import { writeFile } from 'node:fs/promises';
import { DirectoryError } from '../../lib/directory/parse';
import { publisherSchema, type FlaggedEntry, type Publisher } from '../../lib/directory/schema';
import path from 'node:path';
import { importLeadersCsv, photoFilesIn, type PhotoFileHash } from '../../lib/feed';
import { PDQ_MIN_QUALITY, pdqHash } from '../../lib/photos/pdq';
import { readImageFile } from '../image-file';
import { loadDirectoryFile, readTextFile } from '../directory-file';
import { CliError, printJson, rejectUnknownOptions, takeOption } from '../io';

/**
 * `directory import-csv FILE.csv [--out PAYLOAD.json] [--base OLD] [--publisher-id ID] [--publisher-name NAME]
 * [--version N] [--issued-at ISO] [--expires-at ISO]`: leaders from a spreadsheet (template:
 * docs/directory-template.csv) into a schema-1 payload. --base takes the publisher, its contacts and the flagged
 * entries from the previous payload or feed, and the next version number. Without --out the payload is printed;
 * with it, the payload is written there and a summary printed. Bad rows are left out and named on stderr, in one
 * line (row and column), and the exit code is 2.
 */
export async function run(argv: string[], now: Date = new Date()): Promise<void> {
  const options: Record<string, string | undefined> = {};
  let rest = argv;
  for (const name of ['--out', '--base', '--publisher-id', '--publisher-name', '--version', '--issued-at', '--expires-at']) {
    const taken = takeOption(rest, name);
    options[name] = taken.value;
    rest = taken.rest;
  }
  rejectUnknownOptions(rest);
  if (rest.length !== 1) throw new CliError('directory import-csv takes one CSV file');
  const csvFile = rest[0]!;

  const base = options['--base'] === undefined ? undefined : await loadDirectoryFile(options['--base']);
  const publisherInput = {
    ...(base?.publisher ?? {}),
    ...(options['--publisher-id'] !== undefined ? { id: options['--publisher-id'] } : {}),
    ...(options['--publisher-name'] !== undefined ? { name: options['--publisher-name'] } : {}),
  };
  if (!base && (options['--publisher-id'] === undefined || options['--publisher-name'] === undefined)) {
    throw new CliError('directory import-csv needs --base OLD, or --publisher-id and --publisher-name');
  }
  const publisher = publisherSchema.safeParse(publisherInput);
  if (!publisher.success) throw new CliError(`publisher: ${publisher.error.issues[0]?.path.join('.')}: ${publisher.error.issues[0]?.message}`);
  const version = options['--version'] !== undefined ? Number(options['--version']) : base ? base.version + 1 : 1;
  if (!Number.isInteger(version) || version < 1) throw new CliError('--version must be a whole number from 1');
  const flagged: FlaggedEntry[] = base?.flagged ?? [];

  const text = await readTextFile(csvFile, 'CSV');
  const photoFiles = await hashPhotoFiles(photoFilesIn(text), path.dirname(path.resolve(csvFile)));
  let imported;
  try {
    imported = importLeadersCsv(text, {
      photoFiles,
      publisher: publisher.data as Publisher,
      version,
      issuedAt: options['--issued-at'] ?? `${now.toISOString().slice(0, 19)}Z`,
      ...(options['--expires-at'] !== undefined ? { expiresAt: options['--expires-at'] } : {}),
      flagged,
    });
  } catch (error) {
    if (error instanceof DirectoryError) throw new CliError(`${csvFile}: ${error.message}`);
    throw error;
  }
  const { payload, errors } = imported;
  if (options['--out'] !== undefined) {
    await writeFile(options['--out'], `${JSON.stringify(payload, null, 2)}\n`);
    printJson({ out: options['--out'], publisher: payload.publisher.id, version, rows: imported.rows, leaders: payload.leaders.length, errors });
  } else {
    printJson(payload);
  }
  if (errors.length > 0) {
    const listed = errors.map((e) => `row ${e.row} ${e.column}: ${e.message}`).join('; ');
    throw new CliError(`${csvFile}: ${errors.length} problem${errors.length > 1 ? 's' : ''}, bad rows left out: ${listed}`);
  }
}

/**
 * Hashes each photo file the CSV names (paths relative to the CSV). A file that will not decode, or a picture too
 * plain to tell apart (PDQ quality under PDQ_MIN_QUALITY), becomes an error on the rows that name it.
 */
async function hashPhotoFiles(files: string[], baseDir: string): Promise<Map<string, PhotoFileHash>> {
  const hashes = new Map<string, PhotoFileHash>();
  for (const file of files) {
    try {
      const { hash, quality } = pdqHash(await readImageFile(path.resolve(baseDir, file)));
      hashes.set(file, quality < PDQ_MIN_QUALITY ? { error: `too plain to recognise (PDQ quality ${quality})` } : { pdq: hash, quality });
    } catch (error) {
      hashes.set(file, { error: (error as Error).message });
    }
  }
  return hashes;
}
