import { diffDirectories } from '../../lib/feed';
import { loadDirectoryFile } from '../directory-file';
import { CliError, printJson, rejectUnknownOptions } from '../io';

/**
 * `directory diff OLD NEW`: leaders added, removed and changed (with the changed fields), and flagged entries
 * added, removed and changed, as JSON. Each file is a plain payload or a signed feed (verified first).
 */
export async function run(argv: string[]): Promise<void> {
  rejectUnknownOptions(argv);
  if (argv.length !== 2) throw new CliError('directory diff takes two files: OLD NEW');
  const [before, after] = [await loadDirectoryFile(argv[0]!), await loadDirectoryFile(argv[1]!)];
  printJson(diffDirectories(before, after));
}
