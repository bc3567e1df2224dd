import { DirectoryError } from '../../lib/directory/parse';
import { FeedRefused } from '../../lib/feed';
import { readDirectoryFile } from '../directory-file';
import { CliError, printJson, rejectUnknownOptions } from '../io';

/**
 * `directory validate FILE`: a summary of a valid directory (a plain payload, or a signed feed verified against
 * the trusted publishers), or every bad field's path (on stdout, as JSON) and exit 2 with the first problem on
 * stderr.
 */
export async function run(argv: string[], now: Date = new Date()): Promise<void> {
  rejectUnknownOptions(argv);
  if (argv.length !== 1) throw new CliError('directory validate takes one file');
  const file = argv[0]!;
  try {
    const { directory: d, signed } = await readDirectoryFile(file, now);
    printJson({
      valid: true,
      ...(signed ? { signed } : {}),
      publisher: d.publisher.id,
      version: d.version,
      issuedAt: d.issuedAt,
      expiresAt: d.expiresAt ?? null,
      expired: d.expiresAt !== undefined && Date.parse(d.expiresAt) < now.getTime(),
      leaders: d.leaders.length,
      verifiedAccounts: d.leaders.reduce((n, l) => n + l.accounts.length, 0),
      photos: d.leaders.reduce((n, l) => n + l.photos.length, 0),
      flagged: d.flagged.length,
    });
  } catch (error) {
    if (error instanceof FeedRefused) {
      const problems = error.problems.length > 0 ? error.problems : [{ path: '(feed)', message: error.message }];
      printJson({ valid: false, refused: error.code, problems });
      throw new CliError(`${file}: feed refused: ${error.message}`);
    }
    if (!(error instanceof DirectoryError)) throw error;
    printJson({ valid: false, problems: error.problems.length > 0 ? error.problems : [{ path: '(file)', message: error.message }] });
    throw new CliError(`${file}: ${error.message}`);
  }
}
