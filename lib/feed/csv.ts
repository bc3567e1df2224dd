import Papa from 'papaparse';
import { DirectoryError, parseDirectory } from '../directory/parse';
import { leaderSchema, type FlaggedEntry, type LeaderDirectory, type LeaderDirectoryInput, type Publisher } from '../directory/schema';

/**
 * A directory's leaders from a spreadsheet (CSV, one row per leader), the way most provincial offices keep their
 * lists. Template: docs/directory-template.csv. Each bad row is reported by its row number (the header is row 1,
 * as in a spreadsheet) and column; good rows are kept, so an admin fixes the few bad cells and imports again.
 */

export const leaderCsvColumns = [
  'id',
  'name',
  /** Other names the leader is known by, separated by ";". */
  'aliases',
  'title',
  'organization',
  'facebook_id',
  'facebook_username',
  'zalo_phone',
  'zalo_id',
  /** Official phone numbers, separated by ";". */
  'phones',
  /** Photo hashes as printed by `directory hash-photo`: "<64 hex>:<quality>", separated by ";". */
  'photo_pdq',
  /** Photo files (JPEG or PNG, relative to the CSV), separated by ";": the importer hashes them. */
  'photo_files',
] as const;

type Column = (typeof leaderCsvColumns)[number];
const requiredColumns: Column[] = ['id', 'name'];

export interface CsvRowError {
  /** Spreadsheet row number: the header is row 1, the first leader row 2. */
  row: number;
  /** The column at fault, or "(row)" when the row as a whole is unreadable. */
  column: string;
  message: string;
}

/** A photo file named in the CSV, hashed by the caller (reading files is not this module's business). */
export type PhotoFileHash = { pdq: string; quality: number } | { error: string };

export interface CsvImportOptions {
  /** Hashes of the files named in `photo_files` (see photoFilesIn); a file missing here is an error on its row. */
  photoFiles?: ReadonlyMap<string, PhotoFileHash>;
  publisher: Publisher;
  version: number;
  issuedAt: string;
  expiresAt?: string;
  flagged?: FlaggedEntry[];
}

export interface CsvImport {
  /** The directory made of the good rows (schema 1, validated). */
  directory: LeaderDirectory;
  /** The payload as it should be written and signed: empty optional lists left out. */
  payload: LeaderDirectoryInput;
  rows: number;
  errors: CsvRowError[];
}

const list = (cell: string): string[] =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function parseCsv(text: string) {
  const body = text.replace(/^\uFEFF/, '');
  const headerLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = headerLine.includes(',') || !headerLine.includes(';') ? ',' : ';';
  return Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
}

/** The photo files a CSV names (column photo_files), so the caller can hash them before the import. */
export function photoFilesIn(text: string): string[] {
  const [header, ...records] = parseCsv(text).data;
  const column = header?.map((h) => h.trim().toLowerCase()).indexOf('photo_files') ?? -1;
  if (column === -1) return [];
  return [...new Set(records.flatMap((record) => list(record[column] ?? '')))];
}

/** Whole-file problems (unreadable header, unknown or missing columns) throw a DirectoryError; row problems are returned. */
export function importLeadersCsv(text: string, options: CsvImportOptions): CsvImport {
  const parsed = parseCsv(text);
  const [header, ...records] = parsed.data;
  if (!header || header.every((h) => h.trim() === '')) throw new DirectoryError('the CSV has no header row');
  const columns = header.map((h) => h.trim().toLowerCase());
  const unknown = columns.filter((c) => c !== '' && !(leaderCsvColumns as readonly string[]).includes(c));
  if (unknown.length > 0) throw new DirectoryError(`unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `"${c}"`).join(', ')} (known: ${leaderCsvColumns.join(', ')})`);
  const missing = requiredColumns.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new DirectoryError(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  const duplicate = columns.find((c, i) => c !== '' && columns.indexOf(c) !== i);
  if (duplicate) throw new DirectoryError(`column "${duplicate}" appears twice`);

  const errors: CsvRowError[] = [];
  const quoteErrorRows = new Map<number, string>();
  for (const e of parsed.errors) if (e.row !== undefined && e.type === 'Quotes') quoteErrorRows.set(e.row, e.message);

  const leaders: Record<string, unknown>[] = [];
  const seenIds = new Map<string, number>();
  let rows = 0;
  records.forEach((record, index) => {
    const row = index + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    rows++;
    const quoteError = quoteErrorRows.get(index + 1);
    if (quoteError) return errors.push({ row, column: '(row)', message: quoteError });
    if (record.length > columns.length && record.slice(columns.length).some((c) => c.trim() !== '')) {
      return errors.push({ row, column: '(row)', message: `${record.length} cells, the header has ${columns.length}` });
    }
    const cell = (c: Column): string => {
      const i = columns.indexOf(c);
      return i === -1 ? '' : (record[i] ?? '').trim();
    };
    const built = leaderFromCells(cell, options.photoFiles);
    if ('error' in built) return errors.push({ row, ...built.error });
    const result = leaderSchema.safeParse(built.leader);
    if (!result.success) {
      // One problem per cell: a cell that breaks two rules is still one thing to fix.
      const columnsSeen = new Set<string>();
      for (const issue of result.error.issues) {
        const column = columnOf(issue.path, built.accountColumns);
        if (!columnsSeen.has(column)) errors.push({ row, column, message: issue.message });
        columnsSeen.add(column);
      }
      return;
    }
    const earlier = seenIds.get(result.data.id);
    if (earlier !== undefined) return errors.push({ row, column: 'id', message: `id "${result.data.id}" is already used in row ${earlier}` });
    seenIds.set(result.data.id, row);
    leaders.push(compact(result.data));
  });

  const payload: LeaderDirectoryInput = {
    schema: 1,
    publisher: options.publisher,
    version: options.version,
    issuedAt: options.issuedAt,
    ...(options.expiresAt !== undefined ? { expiresAt: options.expiresAt } : {}),
    leaders: leaders as LeaderDirectoryInput['leaders'],
    flagged: options.flagged ?? [],
  };
  return { directory: parseDirectory(payload), payload, rows, errors };
}

type Cells = (c: Column) => string;

function leaderFromCells(
  cell: Cells,
  photoFiles: ReadonlyMap<string, PhotoFileHash> | undefined,
): { leader: Record<string, unknown>; accountColumns: Column[][] } | { error: { column: string; message: string } } {
  const accounts: Record<string, unknown>[] = [];
  const accountColumns: Column[][] = [];
  if (cell('facebook_id') || cell('facebook_username')) {
    accounts.push({ platform: 'facebook', id: cell('facebook_id') || undefined, username: cell('facebook_username').replace(/^@/, '') || undefined });
    accountColumns.push(['facebook_id', 'facebook_username']);
  }
  if (cell('zalo_phone') || cell('zalo_id')) {
    accounts.push({ platform: 'zalo', phone: cell('zalo_phone') || undefined, id: cell('zalo_id') || undefined });
    accountColumns.push(['zalo_phone', 'zalo_id']);
  }
  const photos: { pdq: string; quality: number }[] = [];
  for (const entry of list(cell('photo_pdq'))) {
    const match = /^([0-9a-fA-F]{64}):(\d{1,3})$/.exec(entry);
    if (!match) return { error: { column: 'photo_pdq', message: `"${entry.slice(0, 20)}${entry.length > 20 ? '…' : ''}" is not "<64 hex digits>:<quality>" as printed by directory hash-photo` } };
    photos.push({ pdq: match[1]!.toLowerCase(), quality: Number(match[2]) });
  }
  for (const file of list(cell('photo_files'))) {
    const hashed = photoFiles?.get(file);
    if (!hashed) return { error: { column: 'photo_files', message: `"${file}" was not hashed` } };
    if ('error' in hashed) return { error: { column: 'photo_files', message: `"${file}": ${hashed.error}` } };
    photos.push({ pdq: hashed.pdq, quality: hashed.quality });
  }
  return {
    leader: {
      id: cell('id'),
      name: cell('name'),
      aliases: list(cell('aliases')),
      title: cell('title') || undefined,
      organization: cell('organization') || undefined,
      photos,
      accounts,
      phones: list(cell('phones')),
    },
    accountColumns,
  };
}

/** Maps a zod issue path inside a leader back to the spreadsheet column it came from. */
function columnOf(path: readonly PropertyKey[], accountColumns: Column[][]): string {
  const [field, index, sub] = path;
  if (field === 'photos') return 'photo_pdq or photo_files';
  if (field === 'accounts' && typeof index === 'number') {
    const [idColumn, otherColumn] = accountColumns[index] ?? [];
    if (idColumn === 'facebook_id') return sub === 'username' ? 'facebook_username' : 'facebook_id';
    if (idColumn === 'zalo_phone') return sub === 'id' ? (otherColumn ?? 'zalo_id') : 'zalo_phone';
    return 'accounts';
  }
  return typeof field === 'string' ? field : '(row)';
}

function compact(leader: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(leader).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}
