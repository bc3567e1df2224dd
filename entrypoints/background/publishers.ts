import { browser } from 'wxt/browser';
import { z } from 'zod';
import { trustedPublishers, type TrustedPublisher } from '@/lib/feed';
import { feedUrlSchema } from '@/lib/protocol/messages';

/**
 * Which built-in publishers this build trusts. Test keys (their private halves are in the repository) are
 * trusted only in development and test builds: `import.meta.env.MODE` is fixed when the extension is built
 * (`wxt build` is "production"; `wxt build --mode test` and `wxt` are not), so a production bundle has
 * `includeTestKeys = false` as a constant and never reaches the code below that reads storage.
 */
export const includeTestKeys: boolean = import.meta.env.MODE !== 'production';

/**
 * In development and test builds only: the address of a TEST publisher's manifest may be pointed elsewhere
 * through storage.local (`cgd-test-feed-urls`: {publisherId: manifestUrl}), so end-to-end tests can serve the
 * demo feed from scripts/feed-server.ts on an ephemeral 127.0.0.1 port. Only publishers whose every key is a test
 * key, only to the addresses the trusted-publishers file allows (https, or http on 127.0.0.1).
 */
export const TEST_FEED_URLS_KEY = 'cgd-test-feed-urls';
const overridesSchema = z.record(z.string(), feedUrlSchema);

export async function builtInPublishers(): Promise<TrustedPublisher[]> {
  const publishers = trustedPublishers({ includeTestKeys });
  if (!includeTestKeys) return publishers;
  const stored = await browser.storage.local.get(TEST_FEED_URLS_KEY);
  const overrides = overridesSchema.safeParse(stored[TEST_FEED_URLS_KEY] ?? {});
  if (!overrides.success) return publishers;
  return publishers.map((p) => {
    const url = overrides.data[p.id];
    return url !== undefined && p.keys.every((k) => k.test) ? { ...p, feedUrl: url } : p;
  });
}
