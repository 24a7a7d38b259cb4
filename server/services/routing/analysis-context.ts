// What a routing config may refer to in a workspace: the fields and score dimensions of its
// forms (current published versions, and drafts), its teams (with members), its reps, and its
// members (fallback owner and reviewer must be members; reps of former members are no destination).
import type { DbTx } from "../../db/client";
import type { TAnalyzeContext } from "../../domain/routing/analyze-config";
import { ZFormDefinition, allFields } from "../../domain/forms/definition";
import { ZScoringModel } from "../../domain/scoring/model";

export async function loadAnalysisContext(db: DbTx, workspaceId: string): Promise<TAnalyzeContext> {
  const [forms, teams, reps, members, sequences] = await Promise.all([
    db.form.findMany({ where: { workspaceId, status: { not: "ARCHIVED" } }, select: { draftDefinition: true, draftScoring: true, currentVersion: { select: { definition: true, scoring: true } } } }),
    db.team.findMany({ where: { workspaceId }, select: { id: true, members: { select: { repId: true } } } }),
    db.repProfile.findMany({ where: { workspaceId }, select: { id: true, user: { select: { memberships: { where: { workspaceId }, select: { id: true } } } } } }),
    db.membership.findMany({ where: { workspaceId }, select: { userId: true } }),
    db.nurtureSequence.findMany({ where: { workspaceId }, select: { id: true } }),
  ]);
  const fieldKeys = new Set<string>();
  const listFieldKeys = new Set<string>();
  const dimensions = new Set<string>();
  for (const form of forms) {
    for (const raw of [form.draftDefinition, form.currentVersion?.definition]) {
      const parsed = ZFormDefinition.safeParse(raw);
      if (!parsed.success) continue;
      for (const field of allFields(parsed.data)) {
        fieldKeys.add(field.key);
        if (field.type === "multiple_choice") listFieldKeys.add(field.key);
      }
    }
    for (const raw of [form.draftScoring, form.currentVersion?.scoring]) {
      const parsed = ZScoringModel.safeParse(raw);
      if (parsed.success) parsed.data.dimensions.forEach((d) => dimensions.add(d.key));
    }
  }
  return {
    fieldKeys: [...fieldKeys],
    listFieldKeys: [...listFieldKeys],
    dimensions: [...dimensions],
    teamIds: teams.map((t) => t.id),
    teamMembers: Object.fromEntries(teams.map((t) => [t.id, t.members.map((m) => m.repId)])),
    repIds: reps.map((r) => r.id),
    memberUserIds: members.map((m) => m.userId),
    formerMemberRepIds: reps.filter((r) => r.user.memberships.length === 0).map((r) => r.id),
    nurtureSequenceIds: sequences.map((s) => s.id),
  };
}
