import type { z } from 'zod';
import { directorySchema, type LeaderDirectory } from './schema';

/** A directory that failed validation, with every bad field named by its path ("leaders.3.accounts.0.phone"). */
export class DirectoryError extends Error {
  override name = 'DirectoryError';
  constructor(
    message: string,
    readonly problems: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export function issuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

export function describeIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }));
}

/** Validates a parsed JSON value as a directory (schema 1), or throws a DirectoryError naming the bad fields. */
export function parseDirectory(value: unknown): LeaderDirectory {
  const result = directorySchema.safeParse(value);
  if (result.success) return result.data;
  const problems = describeIssues(result.error);
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  throw new DirectoryError(`invalid directory: ${first?.path}: ${first?.message}${more}`, problems);
}

/** Parses the text of a directory file. Signed feeds are unwrapped by the feed module before this. */
export function parseDirectoryText(text: string): LeaderDirectory {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DirectoryError(`not JSON: ${(error as Error).message}`);
  }
  return parseDirectory(value);
}
