import path from 'node:path';
import { createDetectionEngine } from '../../lib/verdict/engine';
import { evaluateLine } from '../../lib/eval/evaluate';
import { readTextFile, takeDirectoryOption } from '../directory-file';
import { CliError, printJson, rejectUnknownOptions } from '../io';
import { nodePageLoader } from '../page-loader';

/**
 * `eval CASES.jsonl`: one result line per case line, in order, written as each is done. A bad case gets an
 * error line and the run goes on; blank lines are not cases.
 */
export async function run(argv: string[]): Promise<void> {
  const { directory, rest } = await takeDirectoryOption(argv);
  rejectUnknownOptions(rest);
  if (rest.length !== 1) throw new CliError('eval takes one cases file (JSON lines)');
  const file = rest[0]!;
  const text = await readTextFile(file, 'cases file');
  const ctx = { directory, baseDir: path.dirname(path.resolve(file)), pages: nodePageLoader };
  const engine = createDetectionEngine([directory]);
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    printJson(await evaluateLine(line, engine, ctx));
  }
}
