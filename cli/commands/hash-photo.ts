/**
 * `directory hash-photo IMAGE...`: one JSON line per image, {"file","pdq","quality"}, for admins
 * filling `photos` of a leader in the directory. Every image that decodes is printed first, in the
 * order given, so one bad file in a batch does not hide the others' hashes; then, if any failed,
 * a CliError names them all on one line (exit 2).
 */
import { pdqHash } from '../../lib/photos/pdq';
import { CliError, printJson, rejectUnknownOptions } from '../io';
import { ImageFileError, readImageFile } from '../image-file';

export async function run(argv: string[]): Promise<void> {
  rejectUnknownOptions(argv);
  if (argv.length === 0) throw new CliError('usage: directory hash-photo IMAGE...');
  const failures: string[] = [];
  for (const file of argv) {
    try {
      const { hash, quality } = pdqHash(await readImageFile(file));
      printJson({ file, pdq: hash, quality });
    } catch (error) {
      if (!(error instanceof ImageFileError)) throw error;
      failures.push(error.message);
    }
  }
  if (failures.length === 1) throw new CliError(failures[0]!);
  if (failures.length > 1) throw new CliError(`${failures.length} images failed: ${failures.join('; ')}`);
}
