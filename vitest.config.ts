import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Suites start a server, Chromium, redis-server or PostgreSQL in beforeAll (playbooks compiled,
    // the model loaded, migrations run): on a loaded machine that took over vitest's default 10 s
    // (test/server/context-fields.test.ts, load ≈ 15, session 6) and failed a whole file.
    hookTimeout: 60_000,
    pool: 'forks',
    // On the PostgreSQL run one cluster for all files (test/pg-global.ts); otherwise it does nothing.
    globalSetup: ['test/pg-global.ts'],
  },
});
