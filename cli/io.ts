/**
 * The command line's contract (../shared/docs/product.md): JSON on stdout, exit 0 on success,
 * exit 2 with a one-line message on stderr for bad input.
 */
export class CliError extends Error {
  override name = 'CliError';
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** Takes `--name value` out of argv; returns the value and the rest. */
export function takeOption(argv: string[], name: string): { value: string | undefined; rest: string[] } {
  const i = argv.indexOf(name);
  if (i === -1) return { value: undefined, rest: argv };
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new CliError(`${name} needs a value`);
  return { value, rest: [...argv.slice(0, i), ...argv.slice(i + 2)] };
}

/** Throws a CliError naming an option nobody asked for, so typos are not silently ignored. */
export function rejectUnknownOptions(argv: string[]): void {
  const unknown = argv.find((a) => a.startsWith('--'));
  if (unknown !== undefined) throw new CliError(`unknown option ${unknown}`);
}
