import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Every test file runs with a guard that refuses reads of a shared folder beside the repository.
    setupFiles: ['tests/setup/no-outside-reads.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Servers (Azurite, the Playground) are shared per file; keep files isolated.
    pool: 'forks',
  },
});
