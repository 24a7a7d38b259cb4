// The usual life of an integration test file's database: created (and migrated) before its tests,
// emptied before each test, closed (a PostgreSQL lane's database dropped) after them. The handle it
// returns reads through to that database, so a file writes `const testDb = useTestDb();` once and
// uses `testDb.db` inside its tests as before.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createTestDb, resetTestDb, type TestDb } from "./test-db";

export function useTestDb(): TestDb {
  let current: TestDb | undefined;
  beforeAll(async () => {
    current = await createTestDb();
  });
  afterAll(async () => {
    await current?.close();
  });
  beforeEach(() => resetTestDb(live()));
  const live = (): TestDb => {
    if (!current) throw new Error("the test database exists only inside tests (after beforeAll)");
    return current;
  };
  return {
    get db() { return live().db; },
    get kind() { return live().kind; },
    get lane() { return live().lane; },
    get url() { return live().url; },
    get pglite() { return live().pglite; },
    get connectionString() { return live().connectionString; },
    get adapterFactory() { return live().adapterFactory; },
    get sql() { return live().sql; },
    close: () => live().close(),
  };
}
