// The reps of a routing document, saved in applyRoutingDocument's transaction (already checked):
// existing reps get the fields their entry gives (partial entries: undefined = kept) and, when
// given, their whole out-of-office list; entries with a userId create the member's rep profile,
// with the dashboard's defaults for what the entry leaves out (a time zone is required).
import type { DbTx } from "../../db/client";
import { planTimeOffChanges, type TTimeOffPlan } from "../../domain/reps/time-off";
import { defaultWeeklyHours, sortWeeklyHours } from "../../domain/reps/working-hours";
import type { TRoutingDocument } from "../../domain/routing/routing-document";

type TDocRep = TRoutingDocument["reps"][number];

/** Saves every rep entry; returns new reps' ids by their key. */
export async function saveDocumentReps(tx: DbTx, workspaceId: string, reps: readonly TDocRep[], storedTimeOff: ReadonlyMap<string, readonly string[]>): Promise<Map<string, string>> {
  const idByKey = new Map<string, string>();
  for (const rep of reps) {
    if (rep.id !== undefined) {
      await tx.repProfile.update({ where: { id: rep.id }, data: profileColumns(rep) });
      if (rep.timeOff) await saveTimeOff(tx, rep.id, planTimeOffChanges(storedTimeOff.get(rep.id) ?? [], rep.timeOff));
    } else if (rep.userId !== undefined && rep.timeZone !== undefined) {
      const created = await tx.repProfile.create({ data: { workspaceId, userId: rep.userId, ...newRepColumns(rep, rep.timeZone) }, select: { id: true } });
      if (rep.timeOff) await saveTimeOff(tx, created.id, planTimeOffChanges([], rep.timeOff));
      if (rep.key) idByKey.set(rep.key, created.id);
    }
  }
  return idByKey;
}

/** The columns a (possibly partial) rep entry gives; undefined = left out = kept (Prisma skips undefined). */
function profileColumns(rep: TDocRep) {
  return {
    title: rep.title,
    seniority: rep.seniority,
    skills: rep.skills,
    industries: rep.industries,
    segments: rep.segments,
    languages: rep.languages,
    regions: rep.regions,
    timeZone: rep.timeZone,
    workingHours: rep.workingHours === undefined ? undefined : sortWeeklyHours(rep.workingHours),
    maxOpenLeads: rep.maxOpenLeads,
    maxNewLeadsPerDay: rep.maxNewLeadsPerDay,
    routingWeight: rep.routingWeight,
    isActive: rep.isActive,
  };
}

/** A new rep: the entry's fields over the dashboard's defaults for a new rep (Mon–Fri 09:00–17:00, unlimited, weight 1, active). */
function newRepColumns(rep: TDocRep, timeZone: string) {
  const given = profileColumns(rep);
  return {
    title: given.title ?? "",
    seniority: given.seniority ?? "MID",
    skills: given.skills ?? [],
    industries: given.industries ?? [],
    segments: given.segments ?? [],
    languages: given.languages ?? [],
    regions: given.regions ?? [],
    timeZone,
    workingHours: given.workingHours ?? defaultWeeklyHours(),
    maxOpenLeads: given.maxOpenLeads ?? null,
    maxNewLeadsPerDay: given.maxNewLeadsPerDay ?? null,
    routingWeight: given.routingWeight ?? 1,
    isActive: given.isActive ?? true,
  };
}

/** Makes the rep's stored out-of-office periods equal the document's list (ids checked before). */
async function saveTimeOff(tx: DbTx, repId: string, plan: TTimeOffPlan): Promise<void> {
  if (plan.deleteIds.length > 0) await tx.repTimeOff.deleteMany({ where: { repId, id: { in: plan.deleteIds } } });
  for (const period of plan.update) await tx.repTimeOff.updateMany({ where: { id: period.id, repId }, data: { startsAt: period.startsAt, endsAt: period.endsAt, note: period.note } });
  if (plan.create.length > 0) await tx.repTimeOff.createMany({ data: plan.create.map((p) => ({ ...p, repId })) });
}
