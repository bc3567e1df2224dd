import { analyzeMessage } from '../../lib/money';
import { readStdin } from '../directory-file';
import { CliError, printJson, rejectUnknownOptions } from '../io';

/** Money-request analysis of one message: verdict, score, amounts, accounts, phrases and signals. */
export async function run(argv: string[]): Promise<void> {
  rejectUnknownOptions(argv);
  if (argv.length !== 1) throw new CliError('check-message takes one message (quote it), or - to read standard input');
  const text = argv[0] === '-' ? await readStdin() : argv[0]!;
  const analysis = analyzeMessage(text);
  printJson({ text, ...analysis, phrases: analysis.highlights.map((h) => ({ ...h, text: text.slice(h.start, h.end) })) });
}
