// A workspace with one strict round-robin pool, for the routing concurrency test and the routing
// benchmark: N reps who always work (every day 00:00–24:00 UTC), one with a small open-lead cap,
// one with a new-leads-per-day cap, the rest with caps no run reaches; one team; a published form;
// a published routing config whose only path (always true) sends every lead to the team with
// available-now + capacity filters and a strict round-robin chooser; fallback to a manager.
import crypto from "node:crypto";
import type { Db } from "../../db/client";
import type { TFormDefinitionInput } from "../../domain/forms/definition";
import type { TScoringModelInput } from "../../domain/scoring/model";
import type { TRoutingConfigInput } from "../../domain/routing/routing-config";
import { publishRouting } from "../../services/routing/routing-settings";

export const ALWAYS_WORKING = [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: "00:00", end: "24:00" }));
export const POOL_PATH_ID = "everyone";

export interface TPoolRepSpec {
  name: string;
  maxOpenLeads: number | null;
  maxNewLeadsPerDay: number | null;
}

export interface TStrictPoolOptions {
  reps: number;
  /** Open-lead cap of the first rep (small). */
  smallOpenCap: number;
  /** New-leads-per-day cap of the second rep. */
  dailyCap: number;
  /** Open-lead cap of every other rep (more than any run gives them). */
  bigOpenCap: number;
  form: { definition: TFormDefinitionInput; scoring: TScoringModelInput };
}

export interface TStrictPool {
  workspaceId: string;
  teamId: string;
  formSlug: string;
  managerUserId: string;
  reps: (TPoolRepSpec & { id: string })[];
}

/** Rep specs: rep 1 has the small open cap, rep 2 the daily cap, the others the big open cap. */
export function poolRepSpecs(options: Pick<TStrictPoolOptions, "reps" | "smallOpenCap" | "dailyCap" | "bigOpenCap">): TPoolRepSpec[] {
  return Array.from({ length: options.reps }, (_, i) => ({
    name: `Rep ${String(i + 1).padStart(2, "0")}`,
    maxOpenLeads: i === 0 ? options.smallOpenCap : i === 1 ? null : options.bigOpenCap,
    maxNewLeadsPerDay: i === 1 ? options.dailyCap : null,
  }));
}

export function strictPoolConfig(teamId: string, managerUserId: string): TRoutingConfigInput {
  return {
    paths: [
      {
        id: POOL_PATH_ID,
        name: "Everyone",
        when: { kind: "group", op: "and", conditions: [] },
        destination: {
          type: "team",
          teamId,
          strategy: { filters: [{ type: "available_now" }, { type: "capacity" }], chooser: { type: "round_robin", variant: "strict" } },
        },
      },
    ],
    fallback: { ownerUserId: managerUserId, queueName: "Backup queue" },
  };
}

export async function seedStrictPool(db: Db, options: TStrictPoolOptions): Promise<TStrictPool> {
  const tag = crypto.randomBytes(4).toString("hex");
  const workspace = await db.workspace.create({ data: { name: "Pool", slug: `pool-${tag}` } });
  const manager = await db.user.create({ data: { email: `manager-${tag}@pool.example.com`, name: "Pool Manager", activeWorkspaceId: workspace.id } });
  await db.membership.create({ data: { workspaceId: workspace.id, userId: manager.id, role: "MANAGER" } });
  const team = await db.team.create({ data: { workspaceId: workspace.id, name: "Pool" } });
  const reps: TStrictPool["reps"] = [];
  for (const [i, spec] of poolRepSpecs(options).entries()) {
    const user = await db.user.create({ data: { email: `rep${i + 1}-${tag}@pool.example.com`, name: spec.name, activeWorkspaceId: workspace.id } });
    await db.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "REP" } });
    const rep = await db.repProfile.create({
      data: { workspaceId: workspace.id, userId: user.id, timeZone: "UTC", workingHours: ALWAYS_WORKING, languages: ["en"], maxOpenLeads: spec.maxOpenLeads, maxNewLeadsPerDay: spec.maxNewLeadsPerDay },
    });
    await db.teamMember.create({ data: { teamId: team.id, repId: rep.id } });
    reps.push({ ...spec, id: rep.id });
  }
  const form = await db.form.create({
    data: { workspaceId: workspace.id, slug: `pool-form-${tag}`, name: "Pool form", status: "PUBLISHED", draftDefinition: options.form.definition as object, draftScoring: options.form.scoring as object, allowedOrigins: [] },
  });
  const version = await db.formVersion.create({ data: { formId: form.id, workspaceId: workspace.id, version: 1, definition: options.form.definition as object, scoring: options.form.scoring as object } });
  await db.form.update({ where: { id: form.id }, data: { currentVersionId: version.id } });
  await publishRouting(db, { workspaceId: workspace.id, userId: manager.id, config: strictPoolConfig(team.id, manager.id), note: "strict pool" });
  return { workspaceId: workspace.id, teamId: team.id, formSlug: form.slug, managerUserId: manager.id, reps };
}
