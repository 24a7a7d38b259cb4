// What a routing config may refer to in a workspace: the fields and score dimensions of its
// forms (current published versions, and drafts), its teams (with members), its reps, and its
// members with their roles (fallback owner and reviewer must be members who manage leads; reps of
// former members are no destination, active reps of members who cannot work leads neither).
import type { DbTx } from "../../db/client";
import type { TAnalyzeContext } from "../../domain/routing/analyze-config";
import { ZFormDefinition, allFields } from "../../domain/forms/definition";
import { ZScoringModel } from "../../domain/scoring/model";

export async function loadAnalysisContext(db: DbTx, workspaceId: string): Promise<TAnalyzeContext> {
  const [forms, teams, reps, members, sequences] = await Promise.all([
    loadRoutingForms(db, workspaceId),
    db.team.findMany({ where: { workspaceId }, select: { id: true, members: { select: { repId: true } } } }),
    db.repProfile.findMany({ where: { workspaceId }, select: { id: true, userId: true, isActive: true, user: { select: { memberships: { where: { workspaceId }, select: { id: true } } } } } }),
    db.membership.findMany({ where: { workspaceId }, select: { userId: true, role: true, user: { select: { name: true, email: true } } } }),
    db.nurtureSequence.findMany({ where: { workspaceId }, select: { id: true } }),
  ]);
  return {
    ...formRefContext(forms.filter((f) => f.status !== "ARCHIVED").flatMap((f) => (f.current ? [f.draft, f.current] : [f.draft]))),
    teamIds: teams.map((t) => t.id),
    teamMembers: Object.fromEntries(teams.map((t) => [t.id, t.members.map((m) => m.repId)])),
    repIds: reps.map((r) => r.id),
    memberUserIds: members.map((m) => m.userId),
    memberRoles: Object.fromEntries(members.map((m) => [m.userId, { role: m.role, name: m.user.name?.trim() || m.user.email }])),
    repUsers: Object.fromEntries(reps.map((r) => [r.id, { userId: r.userId, isActive: r.isActive }])),
    formerMemberRepIds: reps.filter((r) => r.user.memberships.length === 0).map((r) => r.id),
    nurtureSequenceIds: sequences.map((s) => s.id),
  };
}

/** A form's definition and scoring model as stored (a draft or a published version). */
export interface TFormRefSource {
  definition: unknown;
  scoring: unknown;
}

export interface TRoutingForm {
  id: string;
  status: string;
  draft: TFormRefSource;
  current: TFormRefSource | null;
}

/** The forms routing may read (not archived; `alsoFormId` too, whatever its status), with draft and current version. */
export async function loadRoutingForms(db: DbTx, workspaceId: string, alsoFormId?: string): Promise<TRoutingForm[]> {
  const notArchived = { status: { not: "ARCHIVED" as const } };
  const rows = await db.form.findMany({
    where: { workspaceId, ...(alsoFormId === undefined ? notArchived : { OR: [notArchived, { id: alsoFormId }] }) },
    select: { id: true, status: true, draftDefinition: true, draftScoring: true, currentVersion: { select: { definition: true, scoring: true } } },
  });
  return rows.map((f) => ({ id: f.id, status: f.status, draft: { definition: f.draftDefinition, scoring: f.draftScoring }, current: f.currentVersion }));
}

/** The field keys (list fields apart) and score dimensions a routing config may read, from these definitions and models. */
export function formRefContext(sources: readonly TFormRefSource[]): Pick<TAnalyzeContext, "fieldKeys" | "listFieldKeys" | "dimensions"> {
  const fieldKeys = new Set<string>();
  const listFieldKeys = new Set<string>();
  const dimensions = new Set<string>();
  for (const source of sources) {
    const definition = ZFormDefinition.safeParse(source.definition);
    if (definition.success) {
      for (const field of allFields(definition.data)) {
        fieldKeys.add(field.key);
        if (field.type === "multiple_choice") listFieldKeys.add(field.key);
      }
    }
    const scoring = ZScoringModel.safeParse(source.scoring);
    if (scoring.success) scoring.data.dimensions.forEach((d) => dimensions.add(d.key));
  }
  return { fieldKeys: [...fieldKeys], listFieldKeys: [...listFieldKeys], dimensions: [...dimensions] };
}
