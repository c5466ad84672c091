/**
 * vitest's globalSetup: on the PostgreSQL run (`npm run test:pg`, FANZHA_TEST_PG=1) one throwaway
 * cluster for the whole run, instead of one initdb + start + stop per test file (35 files under
 * test/server). Each server or store still gets a fresh database of its own in it
 * (test/store/engines.ts `freshPgUrl`: `t<pid>_<n>`), so files share nothing but the process.
 * Tests that stop or break PostgreSQL on purpose start their own (test/stream/postgres.ts).
 */
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's shared PostgreSQL (postgres://…/postgres), or '' when each file starts its own. */
    sharedPgUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  project.provide('sharedPgUrl', '');
  if (process.env['FANZHA_TEST_PG'] !== '1') return undefined;
  const { HAVE_PG, startPostgres } = await import('./stream/postgres.ts');
  if (!HAVE_PG) return undefined;
  const pg = await startPostgres();
  project.provide('sharedPgUrl', pg.url);
  return async () => { await pg.stop(); };
}
