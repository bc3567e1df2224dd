import { parseDirectory } from '../directory/parse';
import type { LeaderDirectory } from '../directory/schema';
import { encodeUtf8 } from '../feed/bytes';

/**
 * The payload file of a directory, as the admin page exports and signs it: schema 1, indented, empty optional
 * lists left out (as the command line writes them), validated again so nothing invalid leaves the page.
 */
export function payloadOf(directory: LeaderDirectory): Record<string, unknown> {
  const valid = parseDirectory(directory);
  const dropEmpty = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
  return {
    schema: 1,
    publisher: dropEmpty({ ...valid.publisher }),
    version: valid.version,
    issuedAt: valid.issuedAt,
    ...(valid.expiresAt !== undefined ? { expiresAt: valid.expiresAt } : {}),
    leaders: valid.leaders.map((l) => dropEmpty({ ...l })),
    flagged: valid.flagged.map((f) => dropEmpty({ ...f })),
  };
}

export function payloadText(directory: LeaderDirectory): string {
  return `${JSON.stringify(payloadOf(directory), null, 2)}\n`;
}

export function payloadBytes(directory: LeaderDirectory): Uint8Array<ArrayBuffer> {
  return encodeUtf8(payloadText(directory));
}

/** A new publisher's empty directory: version 1, issued now. */
export function emptyDirectory(publisher: { id: string; name: string }, issuedAt: string): LeaderDirectory {
  return { schema: 1, publisher: { ...publisher, contacts: [] }, version: 1, issuedAt, leaders: [], flagged: [] };
}
