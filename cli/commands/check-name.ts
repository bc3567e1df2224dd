import { LOOKALIKE_NAME_THRESHOLD } from '../../lib/names';
import { createDetectionEngine } from '../../lib/verdict/engine';
import { takeDirectoryOption } from '../directory-file';
import { CliError, printJson, rejectUnknownOptions } from '../io';

/** Who a display name imitates, with every candidate's explanation. */
export async function run(argv: string[]): Promise<void> {
  const { directory, rest } = await takeDirectoryOption(argv);
  rejectUnknownOptions(rest);
  if (rest.length !== 1) throw new CliError('check-name takes one name (quote it)');
  const name = rest[0]!;
  const engine = createDetectionEngine([directory]);
  const matches = engine.names.match(name, 5);
  const best = matches[0];
  printJson({
    name,
    leaderId: best && best.score >= LOOKALIKE_NAME_THRESHOLD ? best.leaderId : null,
    threshold: LOOKALIKE_NAME_THRESHOLD,
    matches: matches.map((m) => ({
      leaderId: m.leaderId,
      leaderName: engine.accounts.leaderById(m.leaderId)?.leader.name,
      matchedName: m.matchedName,
      score: Math.round(m.score * 1000) / 1000,
      plainEqual: m.plainEqual,
      differences: m.differences,
      disguises: m.disguises,
    })),
    analysis: best?.analysis ?? null,
  });
}
