/**
 * `npm run --silent cli -- <command>`: the analysts' and publishers' tool (../shared/docs/product.md).
 * JSON on stdout; exit 2 with a one-line message on stderr for bad input. Commands load lazily so that a
 * quick check does not pay for the image decoders or the HTML parser.
 */
import { CliError } from './io';

type Command = (argv: string[]) => Promise<void>;

const commands: Record<string, () => Promise<Command>> = {
  'check-name': async () => (await import('./commands/check-name')).run,
  'check-message': async () => (await import('./commands/check-message')).run,
  'check-conversation': async () => (await import('./commands/check-conversation')).run,
  eval: async () => (await import('./commands/eval')).run,
  'directory validate': async () => (await import('./commands/directory-validate')).run,
  'directory hash-photo': async () => (await import('./commands/hash-photo')).run,
  'directory keygen': async () => (await import('./commands/directory-keygen')).run,
  'directory sign': async () => (await import('./commands/directory-sign')).run,
  'directory verify': async () => (await import('./commands/directory-verify')).run,
  'directory import-csv': async () => (await import('./commands/directory-import-csv')).run,
  'directory diff': async () => (await import('./commands/directory-diff')).run,
};

const usage = `usage: npm run --silent cli -- <command>
  check-name NAME [--directory FILE]             who this name imitates, and how
  check-message TEXT|-                           money-request analysis of one message
  check-conversation CASE.json|- [--directory FILE]
                                                 verdict for {"sender":{...},"messages":[...]}
  eval CASES.jsonl [--directory FILE]            one result per case line (product.md)
  directory validate FILE                        check a payload or signed feed against schema 1
  directory hash-photo IMAGE...                  PDQ hash and quality of image files
  directory keygen --out PREFIX [--key-id ID]    new Ed25519 key pair: PREFIX.private.jwk, PREFIX.public.jwk
  directory sign PAYLOAD --key PRIVATE.jwk --out DIR [--key-id ID]
                                                 write the signed feed and its manifest into DIR
  directory verify FEED [--pubkey PUBLIC] [--manifest M] [--stored-version N]
                                                 print the verified payload, or why it is refused
  directory import-csv FILE.csv [--out PAYLOAD] [--base OLD | --publisher-id ID --publisher-name NAME]
           [--version N] [--issued-at ISO] [--expires-at ISO]
                                                 leaders from a spreadsheet (docs/directory-template.csv)
  directory diff OLD NEW                         leaders and flagged entries added, changed, removed
  --directory FILE takes a plain payload or a signed feed (verified against the trusted publishers)
  docs/feed.md: the feed format, trust and publishing`;

async function main(argv: string[]): Promise<void> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const two = `${argv[0]} ${argv[1] ?? ''}`;
  const [name, rest] = commands[two] ? [two, argv.slice(2)] : [argv[0]!, argv.slice(1)];
  const load = commands[name];
  if (!load) throw new CliError(`unknown command "${argv.slice(0, 2).join(' ')}" (try --help)`);
  await (await load())(rest);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof CliError) {
    process.stderr.write(`${error.message.split('\n')[0]}\n`);
    process.exitCode = 2;
    return;
  }
  process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
