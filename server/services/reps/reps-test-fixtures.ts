// Shared seed helpers for the reps and teams integration tests (not used by app code).
import type { Db } from "../../db/client";
import type { TRepProfileFormValues } from "../../domain/reps/rep-profile-input";
import type { TRole } from "../../domain/auth/roles";
import { createCallerFactory, router } from "../../api/trpc";
import { repsRouter } from "../../api/routers/reps";
import { teamsRouter } from "../../api/routers/teams";

export async function seedWorkspace(db: Db, slug: string) {
  return db.workspace.create({ data: { name: `Workspace ${slug}`, slug } });
}

export async function seedMember(db: Db, workspaceId: string, email: string, role: TRole, name: string | null = null) {
  const user = await db.user.create({ data: { email, name } });
  await db.membership.create({ data: { workspaceId, userId: user.id, role } });
  return user;
}

export function validProfile(patch: Partial<TRepProfileFormValues> = {}): TRepProfileFormValues {
  return {
    title: "Account Executive",
    seniority: "MID",
    skills: ["Demos"],
    industries: ["SaaS"],
    segments: ["SMB"],
    languages: ["English"],
    regions: ["NA"],
    timeZone: "America/New_York",
    workingHours: [{ day: 1, start: "09:00", end: "17:00" }],
    timeOff: [],
    maxOpenLeads: 10,
    maxNewLeadsPerDay: null,
    routingWeight: 1,
    ...patch,
  };
}

const testRouter = router({ reps: repsRouter, teams: teamsRouter });
const createCaller = createCallerFactory(testRouter);

/** A tRPC caller acting as `user`, with the same guards as the real API. */
export function callerFor(db: Db, user: { id: string; email: string; name: string | null }) {
  return createCaller({ db, user: { id: user.id, email: user.email, name: user.name }, clientIp: "203.0.113.1" });
}

/** Row counts of every table these features write. */
export async function countRows(db: Db) {
  const [reps, timeOff, teams, teamMembers] = await Promise.all([
    db.repProfile.count(),
    db.repTimeOff.count(),
    db.team.count(),
    db.teamMember.count(),
  ]);
  return { reps, timeOff, teams, teamMembers };
}

/** The AppError / TRPCError code and field paths of a rejected promise. */
export async function failureOf(promise: Promise<unknown>): Promise<{ code: string; paths: string[] }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code?: string; details?: { path: string }[]; cause?: { details?: { path: string }[] } };
    const details = e.details ?? e.cause?.details ?? [];
    return { code: e.code ?? "UNKNOWN", paths: details.map((d) => d.path) };
  }
  throw new Error("expected the call to fail");
}
