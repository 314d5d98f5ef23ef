/**
 * The archive backends the store tests run against: SQLite always, PostgreSQL when
 * `WIRETRACE_TEST_PG` names a server (scripts/start-postgres.sh prints it). In CI
 * (`CI=true`) the PostgreSQL tests must run: without the variable they fail, never skip.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** A fresh, empty archive location and how to throw it away. */
export interface ArchiveSpot {
  readonly spec: string;
  readonly dir: string;
  cleanup(): Promise<void>;
}

/** One backend under test. */
export interface Backend {
  readonly name: 'sqlite' | 'postgres';
  /** A new empty archive location (a file in a temp dir, or a new database). */
  fresh(): Promise<ArchiveSpot>;
}

let counter = 0;

const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-store-'));
    return { spec: path.join(dir, 'archive.sqlite'), dir, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
};

function postgres(adminUrl: string): Backend {
  return {
    name: 'postgres',
    async fresh() {
      const name = `wt_${process.pid}_${Date.now().toString(36)}_${counter++}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const dir = mkdtempSync(path.join(tmpdir(), 'wiretrace-store-'));
      return {
        spec: url.toString(),
        dir,
        async cleanup() {
          rmSync(dir, { recursive: true, force: true });
          const c = new pg.Client({ connectionString: adminUrl });
          await c.connect();
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await c.end();
        },
      };
    },
  };
}

const missingInCi: Backend = {
  name: 'postgres',
  async fresh() {
    throw new Error('WIRETRACE_TEST_PG is not set: in CI the PostgreSQL archive tests must run (.ci/run starts a server with scripts/start-postgres.sh)');
  },
};

/** The backends to test: SQLite, plus PostgreSQL when configured (or when in CI, where a missing server fails the test). */
export function backends(): Backend[] {
  const url = process.env.WIRETRACE_TEST_PG;
  if (url) return [sqlite, postgres(url)];
  if (process.env.CI === 'true') return [sqlite, missingInCi];
  return [sqlite];
}
