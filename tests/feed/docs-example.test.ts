import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest, trustedPublishers, verifyFeed } from '../../lib/feed';
import { repoDir } from '../../scripts/generate/shared-path';

/** The feed and manifest shown in docs/feed.md are real: signed with the demo test key, and they verify. */
describe('docs/feed.md example', () => {
  it('verifies with its manifest against the built-in test key', async () => {
    const doc = await readFile(path.join(repoDir, 'docs/feed.md'), 'utf8');
    const block = (name: string) => new RegExp(`<!-- example: ${name} -->\\n\`\`\`json\\n([\\s\\S]*?)\`\`\``).exec(doc)?.[1];
    const feedText = block('feed');
    const manifestText = block('manifest');
    expect(feedText).toBeDefined();
    expect(manifestText).toBeDefined();
    const verified = await verifyFeed(feedText!, {
      publishers: trustedPublishers({ includeTestKeys: true }),
      now: new Date('2026-11-20T00:00:00Z'),
      manifest: parseManifest(manifestText!),
    });
    expect(verified.directory).toMatchObject({ version: 2, leaders: [{ id: 'qt-stc-gd' }] });
  });
});
