import { z } from 'zod';
import { describeIssues } from '../../lib/directory/parse';
import { senderSchema } from '../../lib/eval/cases';
import { createDetectionEngine } from '../../lib/verdict/engine';
import { judgeConversation } from '../../lib/verdict/judge';
import { readStdin, readTextFile, takeDirectoryOption } from '../directory-file';
import { CliError, printJson, rejectUnknownOptions } from '../io';

const conversationFile = z.object({ sender: senderSchema, messages: z.array(z.string()) });

/** The full verdict (level, leader, reasons, highlights) for a conversation given as JSON. */
export async function run(argv: string[]): Promise<void> {
  const { directory, rest } = await takeDirectoryOption(argv);
  rejectUnknownOptions(rest);
  if (rest.length !== 1) throw new CliError('check-conversation takes one JSON file, or - to read standard input');
  const text = rest[0] === '-' ? await readStdin() : await readTextFile(rest[0]!, 'conversation');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`conversation is not JSON: ${(error as Error).message}`);
  }
  const parsed = conversationFile.safeParse(json);
  if (!parsed.success) {
    const [first] = describeIssues(parsed.error);
    throw new CliError(`bad conversation: ${first?.path}: ${first?.message}`);
  }
  printJson(judgeConversation(createDetectionEngine([directory]), parsed.data));
}
