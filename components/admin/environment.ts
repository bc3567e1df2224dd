import type { TrustedPublisher } from '../../lib/feed';
import type { AdminDatabase } from '../../lib/admin/key-store';
import type { RgbaImage } from '../../lib/photos/pdq';

/**
 * What the admin page needs from the world, passed in so the same components run in the extension page and under
 * happy-dom in tests (which has no image decoder, no real downloads and no network).
 */
export interface AdminEnvironment {
  now(): Date;
  /** The built-in trusted publishers, used to verify opened feeds and to judge a loaded key. */
  publishers: TrustedPublisher[];
  decodeImage(file: Blob): Promise<RgbaImage>;
  db: AdminDatabase;
  fetch: typeof fetch;
  /** Offers a file to save. */
  download(fileName: string, text: string, type: string): void;
}

/** Saves through a temporary link: extension pages need no "downloads" permission for this. */
export function downloadWithLink(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
