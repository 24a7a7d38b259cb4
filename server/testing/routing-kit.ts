// Shared setup for routing integration tests: the seeded demo workspace on a test database, a job
// queue over it, follow-up deps, a helper that submits the demo form at a chosen time, one that
// publishes an edited demo form, and one that reads the rep alert stored for a lead.
import { seedDemo } from "../../prisma/seed/seed-demo";
import { createJobQueue, type TJobQueue } from "../jobs/job-queue";
import { createJobRegistry, type TJobRegistry } from "../workers/registry";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createTestDb, resetTestDb, type TestDb } from "./test-db";
import { submitForm } from "../services/submissions/submit-form";
import type { TFollowUpDeps } from "../services/routing/after-assignment";
import { unlimitedRateLimits } from "../services/rate-limit/rate-limits";
import { ZFormDefinition, type TFormDefinition, type TFormDefinitionInput } from "../domain/forms/definition";

const NO_LIMIT = unlimitedRateLimits().formSubmission;

export const TEST_SECRET = "t".repeat(40);

export interface TRoutingKit {
  queue: TJobQueue<TJobRegistry>;
  deps: TFollowUpDeps;
  workspaceId: string;
  repIdOf: (firstName: string) => Promise<string>;
}

export async function startRoutingKit(testDb: TestDb): Promise<TRoutingKit> {
  const holder: { deps?: TFollowUpDeps } = {};
  const queue = createJobQueue(testDb, { definitions: createJobRegistry({ followUps: async () => holder.deps! }) });
  await queue.start();
  const deps: TFollowUpDeps = { queue, appUrl: "http://localhost:3000", authSecret: TEST_SECRET };
  holder.deps = deps;
  await seedDemo(testDb.db);
  const workspace = await testDb.db.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
  const repIdOf = async (firstName: string) =>
    (await testDb.db.repProfile.findFirstOrThrow({ where: { workspaceId: workspace.id, user: { name: { startsWith: firstName } } } })).id;
  return { queue, deps, workspaceId: workspace.id, repIdOf };
}

/** The bank VP's answers (prisma/seed/demo-answers.ts, shared with the e2e specs). */
export { BANK_VP } from "../../prisma/seed/demo-answers";

/** Runs the routing follow-ups due now as a worker would: "routing.assigned" (timers, alert), then "routing.alert" (reminders, reassignments). */
export async function runAfterCommitJobs(kit: Pick<TRoutingKit, "queue">): Promise<void> {
  await kit.queue.runDue("routing.assigned");
  await kit.queue.runDue("routing.alert");
}

export async function submitDemo(testDb: TestDb, kit: TRoutingKit, answers: Record<string, unknown>, now: Date) {
  const result = await submitForm(testDb.db, {
    slug: "demo",
    body: { answers, context: { fillTimeMs: 20_000, source: "api" } },
    idempotencyKey: null,
    ip: `10.0.0.${Math.floor(Math.random() * 250)}`,
    now,
    rateLimit: NO_LIMIT,
    routing: kit.deps,
  });
  // The alert is rendered and stored after the routing commit, by its job: run it as a worker would.
  await runAfterCommitJobs(kit);
  return testDb.db.lead.findUniqueOrThrow({ where: { id: result.response.leadId }, include: { assignments: { orderBy: { assignedAt: "asc" } } } });
}

/**
 * Publishes a new version of the demo form (a marketer's edit): `edit` gets the current version's
 * definition and returns the new one, checked by ZFormDefinition; the scoring stays. Submissions
 * to "demo" read the new version from now on. Returns the version row.
 */
export async function publishDemoVersion(testDb: TestDb, kit: Pick<TRoutingKit, "workspaceId">, edit: (definition: TFormDefinition) => TFormDefinitionInput) {
  const { db } = testDb;
  const form = await db.form.findFirstOrThrow({ where: { workspaceId: kit.workspaceId, slug: "demo" }, include: { currentVersion: true } });
  const current = form.currentVersion!;
  const definition = ZFormDefinition.parse(edit(ZFormDefinition.parse(current.definition)));
  const version = await db.formVersion.create({
    data: { formId: form.id, workspaceId: form.workspaceId, version: current.version + 1, definition: definition as object, scoring: current.scoring as object },
  });
  await db.form.update({ where: { id: form.id }, data: { currentVersionId: version.id } });
  return version;
}

/** A definition edit for publishDemoVersion: the email question made optional. */
export const withOptionalEmail = (definition: TFormDefinition): TFormDefinitionInput => ({
  ...definition,
  steps: definition.steps.map((step) => ({ ...step, fields: step.fields.map((field) => (field.key === "email" ? { ...field, required: false } : field)) })),
});

/** A definition edit for publishDemoVersion: an optional phone question "mobile" at the end of the first step. */
export const withMobilePhoneQuestion = (definition: TFormDefinition): TFormDefinitionInput => ({
  ...definition,
  steps: definition.steps.map((step, i) => (i === 0 ? { ...step, fields: [...step.fields, { key: "mobile", type: "phone", label: "Mobile", required: false }] } : step)),
});

/** The rep alert of the lead's current assignment as stored once its job ran (runs the due follow-ups first, as a worker would). */
export async function storedAlertOf(testDb: TestDb, kit: Pick<TRoutingKit, "queue">, leadId: string) {
  await runAfterCommitJobs(kit);
  const assignment = await testDb.db.leadAssignment.findFirstOrThrow({ where: { leadId, isCurrent: true } });
  return testDb.db.emailMessage.findFirstOrThrow({ where: { template: "rep-alert", dedupeKey: `alert:${assignment.id}` } });
}

export interface TRoutingKitEnv<TKit extends TRoutingKit> {
  readonly testDb: TestDb;
  readonly kit: TKit;
}

/**
 * Registers a test file's hooks: one test database for the file, and before each test a reset
 * database with the demo workspace and a fresh queue (`start` builds the kit, startRoutingKit by default).
 */
export function useRoutingKit<TKit extends TRoutingKit = TRoutingKit>(start: (testDb: TestDb) => Promise<TKit> = startRoutingKit as (testDb: TestDb) => Promise<TKit>): TRoutingKitEnv<TKit> {
  let testDb: TestDb | undefined;
  let kit: TKit | undefined;
  beforeAll(async () => {
    testDb = await createTestDb();
  });
  afterAll(async () => {
    await kit?.queue.stop();
    await testDb?.close();
  });
  beforeEach(async () => {
    await kit?.queue.stop();
    await resetTestDb(testDb!);
    kit = await start(testDb!);
  });
  return {
    get testDb() {
      if (!testDb) throw new Error("the test database exists only inside tests");
      return testDb;
    },
    get kit() {
      if (!kit) throw new Error("the routing kit exists only inside tests");
      return kit;
    },
  };
}
