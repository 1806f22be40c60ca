import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The Cloudflare deployment's tests run inside workerd with a local D1 (miniflare), apart from the
// Node unit project: `npx vitest run --config worker/cf/vitest.config.ts`.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [cloudflareTest({ wrangler: { configPath: './worker/wrangler.jsonc' } })],
  test: { include: ['worker/cf/**/*.spec.ts'], testTimeout: 30_000 },
});
