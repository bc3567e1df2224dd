import { defineConfig } from 'vitest/config';

// Unit and integration tests. lib/ is plain TypeScript, so no extension framework is loaded here;
// DOM tests opt into happy-dom with a `// @vitest-environment happy-dom` comment.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    // End-to-end tests wait on a real browser, a service worker and feeds; a loaded CI machine is slow, and a
    // wait that is too short fails a correct build. A hung test still fails, only later.
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
