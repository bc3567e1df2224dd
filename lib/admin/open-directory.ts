import { DirectoryError, parseDirectory } from '../directory/parse';
import type { LeaderDirectory } from '../directory/schema';
import { FeedRefused, looksLikeFeed, verifyFeed, type FeedRefusalCode, type TrustedPublisher } from '../feed';

/**
 * Opening a directory file on the admin page: a signed feed (verified against the built-in publishers) or a plain
 * schema-1 payload. Never throws: a bad file becomes an `OpenRefusal` with every bad field's path, and the caller
 * keeps the directory it had open.
 */
export type OpenedSource =
  | { kind: 'feed'; publisherId: string; keyId: string; testKey: boolean }
  | { kind: 'payload' };

export interface OpenedDirectory {
  directory: LeaderDirectory;
  source: OpenedSource;
  fileName: string;
}

export interface OpenRefusal {
  reason: 'not-json' | 'invalid-payload' | 'feed-refused';
  /** For a refused feed: why (docs/feed.md, "Verification"). */
  code?: FeedRefusalCode;
  message: string;
  problems: { path: string; message: string }[];
}

export type OpenResult = { ok: true; opened: OpenedDirectory } | { ok: false; refusal: OpenRefusal };

export async function openDirectoryText(
  text: string,
  fileName: string,
  options: { publishers: TrustedPublisher[]; now: Date },
): Promise<OpenResult> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, refusal: { reason: 'not-json', message: (error as Error).message, problems: [] } };
  }
  try {
    if (!looksLikeFeed(json)) return { ok: true, opened: { directory: parseDirectory(json), source: { kind: 'payload' }, fileName } };
    const verified = await verifyFeed(text, options);
    const key = options.publishers.find((p) => p.id === verified.publisherId)?.keys.find((k) => k.keyId === verified.keyId);
    return {
      ok: true,
      opened: {
        directory: verified.directory,
        source: { kind: 'feed', publisherId: verified.publisherId, keyId: verified.keyId, testKey: key?.test ?? false },
        fileName,
      },
    };
  } catch (error) {
    if (error instanceof FeedRefused) {
      return { ok: false, refusal: { reason: 'feed-refused', code: error.code, message: error.message, problems: error.problems } };
    }
    if (error instanceof DirectoryError) return { ok: false, refusal: { reason: 'invalid-payload', message: error.message, problems: error.problems } };
    throw error;
  }
}
