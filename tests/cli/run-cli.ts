import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoDir } from '../../scripts/generate/shared-path';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  lines: Record<string, unknown>[];
}

/** Runs the command line exactly as analysts do (`npm run --silent cli -- ...`), from the repository root. */
export function runCli(args: string[], input?: string): CliRun {
  const result = spawnSync('npm', ['run', '--silent', 'cli', '--', ...args], {
    cwd: repoDir,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = result.stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        return { unparsable: l };
      }
    });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines };
}

export const casesDir = path.join(repoDir, 'tests', 'cli', 'cases');
