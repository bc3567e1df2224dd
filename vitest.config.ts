import { defineConfig } from 'vitest/config';

// Unit and integration tests. lib/ is plain TypeScript, so no extension framework is loaded here;
// DOM tests opt into happy-dom with a `// @vitest-environment happy-dom` comment.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
