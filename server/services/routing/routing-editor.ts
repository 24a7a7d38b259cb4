// Everything the routing-path editor needs in one read: the draft and its analysis, the published
// version and its config (the editor's "no changes to publish" compares the draft with it, as the
// server does on publish; it was passed by the page, rendered once, and went stale when another
// manager published and the editor reloaded), teams with member names, reps, the condition subjects (from the forms' published
// definitions and scoring models), the users who may own the fallback queue, the forms a test
// lead can fill; plus the version history with names and a diff between two versions.
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { ZFormDefinition, allFields, optionsOf } from "../../domain/forms/definition";
import { ZScoringModel } from "../../domain/scoring/model";
import { analyzeRoutingConfig } from "../../domain/routing/analyze-config";
import { diffRoutingConfigs, sameJson, type TDiffNames } from "../../domain/routing/diff-configs";
import { routingSubjects, type TSubjectForm } from "../../domain/routing/routing-subjects";
import { ZRoutingConfig, type TRoutingConfigDraft } from "../../domain/routing/routing-config";
import { LEAD_WORKER_ROLES, TEAM_MANAGER_ROLES } from "../../domain/auth/roles";
import { loadAnalysisContext } from "./analysis-context";
import { getPublishedRouting, getRoutingDraft, getRoutingDraftWithRevision, listRoutingVersions } from "./routing-settings";

const personName = (u: { name: string | null; email: string }) => u.name?.trim() || u.email;

async function loadPeople(db: Db, workspaceId: string) {
  const [teams, reps, members] = await Promise.all([
    db.team.findMany({ where: { workspaceId }, include: { members: { orderBy: { createdAt: "asc" }, select: { repId: true } } }, orderBy: { name: "asc" } }),
    db.repProfile.findMany({ where: { workspaceId }, include: { user: { select: { name: true, email: true } } } }),
    db.membership.findMany({ where: { workspaceId }, include: { user: { select: { id: true, name: true, email: true } } } }),
  ]);
  const roleOf = new Map(members.map((m) => [m.userId, m.role]));
  // canWorkLeads: a member whose role works leads; the path editor offers only these reps (publish refuses the others).
  const canWorkLeads = (userId: string) => LEAD_WORKER_ROLES.some((role) => role === roleOf.get(userId));
  const repList = reps.map((r) => ({ id: r.id, name: personName(r.user), userId: r.userId, isActive: r.isActive, canWorkLeads: canWorkLeads(r.userId) })).sort((a, b) => a.name.localeCompare(b.name));
  const repName = new Map(repList.map((r) => [r.id, r.name]));
  return {
    teams: teams.map((t) => ({ id: t.id, name: t.name, isActive: t.isActive, members: t.members.map((m) => ({ repId: m.repId, name: repName.get(m.repId) ?? "a former rep" })) })),
    reps: repList,
    users: members.map((m) => ({ id: m.user.id, name: personName(m.user), email: m.user.email, role: m.role })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** Names for describing configs (reps, teams, users) with the workspace's people. */
export async function routingDiffNames(db: Db, workspaceId: string): Promise<TDiffNames> {
  const { teams, reps, users } = await loadPeople(db, workspaceId);
  const [r, t, u] = [new Map(reps.map((x) => [x.id, x.name])), new Map(teams.map((x) => [x.id, x.name])), new Map(users.map((x) => [x.id, x.name]))];
  return { repName: (id) => r.get(id) ?? "a former rep", teamName: (id) => t.get(id) ?? "a removed team", userName: (id) => u.get(id) ?? "a former member" };
}

/** The workspace's forms with their current published definition and scoring model. */
async function loadPublishedForms(db: Db, workspaceId: string): Promise<(TSubjectForm & { slug: string })[]> {
  const rows = await db.form.findMany({ where: { workspaceId, status: { not: "ARCHIVED" }, currentVersionId: { not: null } }, include: { currentVersion: true }, orderBy: { name: "asc" } });
  return rows.map((f) => {
    const definition = ZFormDefinition.safeParse(f.currentVersion?.definition);
    const scoring = ZScoringModel.safeParse(f.currentVersion?.scoring);
    return { id: f.id, slug: f.slug, name: f.name, definition: definition.success ? definition.data : null, scoring: scoring.success ? scoring.data : null };
  });
}

export async function getRoutingEditor(db: Db, workspaceId: string) {
  const [{ draft, revision }, published, context, people, forms] = await Promise.all([
    getRoutingDraftWithRevision(db, workspaceId),
    getPublishedRouting(db, workspaceId),
    loadAnalysisContext(db, workspaceId),
    loadPeople(db, workspaceId),
    loadPublishedForms(db, workspaceId),
  ]);
  const subjectForms: TSubjectForm[] = forms;
  return {
    draft,
    /** Sent back with save, publish and discard: a stale one is refused (CONFLICT). */
    draftRevision: revision,
    publishedVersion: published?.version ?? null,
    /** The config in force, for "no changes to publish" (publish-state.ts); null before the first publish. */
    published: published ? { version: published.version, config: published.config } : null,
    hasUnpublishedChanges: published ? !sameJson(draft, published.config) : draft.paths.length > 0,
    analysis: analyzeRoutingConfig(draft, context),
    /** For checking edits live in the browser (analyzeRoutingConfig is pure). */
    analysisContext: context,
    teams: people.teams,
    reps: people.reps,
    fallbackOwners: people.users.filter((u) => TEAM_MANAGER_ROLES.includes(u.role)),
    subjects: routingSubjects(subjectForms, draft.attributes, draft.apiAnswerKeys),
    /** Forms a test lead can fill: their published questions. */
    forms: forms.map((f) => ({
      slug: f.slug,
      name: f.name,
      fields: (f.definition ? allFields(f.definition) : [])
        .filter((field) => field.type !== "statement")
        .map((field) => ({ key: field.key, label: field.label, type: field.type, options: [...optionsOf(field)] })),
    })),
  };
}

/** The analysis of a draft (after saving it), for the editor. */
export async function analyzeDraft(db: Db, workspaceId: string, draft: TRoutingConfigDraft) {
  return analyzeRoutingConfig(draft, await loadAnalysisContext(db, workspaceId));
}

export async function listRoutingHistory(db: Db, workspaceId: string) {
  const [versions, names] = await Promise.all([listRoutingVersions(db, workspaceId), routingDiffNames(db, workspaceId)]);
  return versions.map(({ config: _config, ...v }) => ({ ...v, createdByName: v.createdById ? (names.userName?.(v.createdById) ?? null) : null }));
}

/** The changes from version `from` to version `to` ("draft": the saved draft). */
export async function diffRoutingVersions(db: Db, workspaceId: string, input: { from: number; to: number | "draft" }) {
  const configOf = async (version: number) => {
    const row = await db.routingConfigVersion.findUnique({ where: { workspaceId_version: { workspaceId, version } } });
    if (!row) throw new AppError("NOT_FOUND", `Routing version ${version} not found.`);
    return ZRoutingConfig.parse(row.config);
  };
  const [from, to, people, forms] = await Promise.all([configOf(input.from), input.to === "draft" ? getRoutingDraft(db, workspaceId) : configOf(input.to), routingDiffNames(db, workspaceId), loadPublishedForms(db, workspaceId)]);
  const subjects = new Map(routingSubjects(forms, to.attributes, to.apiAnswerKeys).map((s) => [s.ref, s]));
  const names: TDiffNames = {
    ...people,
    refLabel: (ref) => subjects.get(ref)?.label ?? ref.replace(/_/g, " "),
    valueLabel: (ref, value) => subjects.get(ref)?.options?.find((o) => o.value === String(value))?.label ?? String(value),
  };
  return { from: input.from, to: input.to, changes: diffRoutingConfigs(from, to, names) };
}
