import { DirectoryError, parseDirectory } from '../directory/parse';
import type { LeaderDirectory } from '../directory/schema';
import { decodeUtf8 } from './bytes';

/**
 * The one way payload bytes become a directory, used both before signing and after verifying, so a publisher
 * cannot sign what clients would refuse to read: strict UTF-8 (no byte-order mark), JSON, then schema 1.
 */
export function decodePayload(bytes: Uint8Array): LeaderDirectory {
  const text = decodeUtf8(bytes);
  if (text === null) throw new DirectoryError('payload is not valid UTF-8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new DirectoryError(`payload is not JSON: ${(error as Error).message}`);
  }
  return parseDirectory(value);
}
