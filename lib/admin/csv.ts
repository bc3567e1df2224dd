import Papa from 'papaparse';
import type { LeaderDirectory } from '../directory/schema';
import { importLeadersCsv, leaderCsvColumns, photoFilesIn, type CsvImport, type PhotoFileHash } from '../feed';

/**
 * CSV on the admin page: the template, an export of the open directory's leaders in the template's columns, and
 * an import that keeps the open directory's publisher, version and flagged entries (as `import-csv --base` does).
 */

/** The template's header and one example row (docs/directory-template.csv). */
export function csvTemplate(): string {
  const example = ['qt-stc-gd', 'Lê Quang Minh', 'Minh Lê', 'Giám đốc', 'Sở Tài chính tỉnh Quảng Trị', '100012345678901', 'lequangminh.qt', '0912345678', '', '0233 3812 345', '', ''];
  return `${Papa.unparse({ fields: [...leaderCsvColumns], data: [example] }, { newline: '\n' })}\n`;
}

export interface LeadersCsvExport {
  text: string;
  /** Leaders with more than one Facebook or Zalo account: only the first of each fits in the columns. */
  incomplete: string[];
}

export function leadersToCsv(directory: LeaderDirectory): LeadersCsvExport {
  const incomplete: string[] = [];
  const data = directory.leaders.map((l) => {
    const facebook = l.accounts.filter((a) => a.platform === 'facebook');
    const zalo = l.accounts.filter((a) => a.platform === 'zalo');
    if (facebook.length > 1 || zalo.length > 1 || facebook.some((a) => a.phone) || zalo.some((a) => a.username)) incomplete.push(l.id);
    return [
      l.id,
      l.name,
      l.aliases.join(';'),
      l.title ?? '',
      l.organization ?? '',
      facebook[0]?.id ?? '',
      facebook[0]?.username ?? '',
      zalo[0]?.phone ?? '',
      zalo[0]?.id ?? '',
      l.phones.join(';'),
      l.photos.map((p) => `${p.pdq}:${p.quality}`).join(';'),
      '',
    ];
  });
  return { text: `${Papa.unparse({ fields: [...leaderCsvColumns], data }, { newline: '\n' })}\n`, incomplete };
}

/** The files a CSV names in photo_files, matched to picked files by name (folders ignored). */
export function photoFilesWanted(csvText: string): string[] {
  return photoFilesIn(csvText);
}

export const baseName = (name: string): string => name.split(/[\\/]/).pop() ?? name;

/** The CSV's leaders in place of the open directory's; publisher, version, dates and flagged entries kept. */
export function importCsvInto(directory: LeaderDirectory, csvText: string, photoFiles: ReadonlyMap<string, PhotoFileHash>): CsvImport {
  return importLeadersCsv(csvText, {
    publisher: directory.publisher,
    version: directory.version,
    issuedAt: directory.issuedAt,
    ...(directory.expiresAt !== undefined ? { expiresAt: directory.expiresAt } : {}),
    flagged: directory.flagged,
    photoFiles,
  });
}
