// A fresh test database with the demo seeded as `npm run dev` seeds it, and `days` of its history
// up to `now` (the demo seeds 90; a test takes what it needs). For the integration tests of the
// demo a newcomer opens (Overview, fit feedback, nurture sequences). Test kit only.
import { seedDemoHistory } from "../../prisma/seed/history/seed-history";
import { seedDemo } from "../../prisma/seed/seed-demo";
import { createTestDb, type TestDb } from "./test-db";

export async function seededDemoWithHistory(now: Date, days: number): Promise<{ testDb: TestDb; workspaceId: string }> {
  const testDb = await createTestDb();
  await seedDemo(testDb.db, now);
  await seedDemoHistory(testDb.db, now, { days });
  const workspaceId = (await testDb.db.workspace.findUniqueOrThrow({ where: { slug: "demo" } })).id;
  return { testDb, workspaceId };
}
