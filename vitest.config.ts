import { defineConfig } from 'vitest/config';

// Two projects: fast unit/integration tests beside the code, and end-to-end tests that drive
// real Chromium with the built extension (they need `npm run build` first; scripts/test.mjs does it).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'shared/**/*.test.ts',
            'cli/**/*.test.ts',
            'worker/**/*.test.ts',
            'extension/**/*.test.ts',
            'test/lint/**/*.test.ts',
            'test/support/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          setupFiles: ['fake-indexeddb/auto'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
