import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The engine's own tests (playbooks, their faults, the engine, the checkers, the model): pure functions
 * of the text, no server, no process, no store. They share one module graph per worker (isolate: false),
 * so the playbooks are compiled and the model loaded once per worker instead of once per file: in
 * session 12, test/playbook/faults alone (77 files) took 243 s of CPU isolated and 20 s shared, the same
 * 3,364 tests passing. (One file there starts a server of its own, test/checks/obfuscated-links, and
 * closes it in afterAll.) Everything else — servers, Chromium, redis-server, PostgreSQL, child processes,
 * the CLI's environment — keeps a fresh process per file.
 */
const SHARED = ['test/playbook/**/*.test.ts', 'test/engine/**/*.test.ts', 'test/checks/**/*.test.ts', 'test/model/**/*.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Suites start a server, Chromium, redis-server or PostgreSQL in beforeAll (playbooks compiled,
    // the model loaded, migrations run): on a loaded machine that took over vitest's default 10 s
    // (test/server/context-fields.test.ts, load ≈ 15, session 6) and failed a whole file.
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'engine', include: SHARED, isolate: false } },
      {
        extends: true,
        test: {
          name: 'io',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SHARED],
          // On the PostgreSQL run one cluster for all files (test/pg-global.ts); otherwise it does nothing.
          globalSetup: ['test/pg-global.ts'],
        },
      },
    ],
  },
});
