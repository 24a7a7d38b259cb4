// Names for the ids analytics groups by (reps, teams, forms, routing paths) and the choices its
// filters offer, read once per view from the workspace.
import type { Db } from "../../db/client";
import type { TRoutingConfig } from "../../domain/routing/routing-config";
import { getPublishedRouting } from "../routing/routing-settings";
import { distinctLeadValues } from "./distinct-lead-values";

export interface TAnalyticsLabels {
  reps: { id: string; name: string; weight: number; userId: string }[];
  teams: { id: string; name: string; repIds: string[] }[];
  forms: { id: string; name: string; slug: string }[];
  paths: { id: string; name: string; teamId: string | null; chooser: string | null; variant: string | null }[];
  tiers: string[];
  sources: string[];
  config: TRoutingConfig | null;
}

export async function loadAnalyticsLabels(db: Db, workspaceId: string): Promise<TAnalyticsLabels> {
  const [reps, teams, forms, routing, tiers, sources] = await Promise.all([
    db.repProfile.findMany({ where: { workspaceId }, select: { id: true, routingWeight: true, userId: true, user: { select: { name: true, email: true } } } }),
    db.team.findMany({ where: { workspaceId }, select: { id: true, name: true, members: { select: { repId: true }, orderBy: { createdAt: "asc" } } }, orderBy: { name: "asc" } }),
    db.form.findMany({ where: { workspaceId }, select: { id: true, name: true, slug: true }, orderBy: { name: "asc" } }),
    getPublishedRouting(db, workspaceId),
    distinctLeadValues(db, workspaceId, "tier"),
    distinctLeadValues(db, workspaceId, "source"),
  ]);
  const config = routing?.config ?? null;
  return {
    reps: reps.map((r) => ({ id: r.id, name: r.user.name ?? r.user.email, weight: r.routingWeight, userId: r.userId })).sort((a, b) => a.name.localeCompare(b.name)),
    teams: teams.map((t) => ({ id: t.id, name: t.name, repIds: t.members.map((m) => m.repId) })),
    forms,
    paths: (config?.paths ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      teamId: p.destination.type === "team" ? p.destination.teamId : null,
      chooser: p.destination.type === "team" ? p.destination.strategy.chooser.type : null,
      variant: p.destination.type === "team" && p.destination.strategy.chooser.type === "round_robin" ? (p.destination.strategy.chooser.variant ?? "strict") : null,
    })),
    tiers,
    sources,
    config,
  };
}

export function nameOf(labels: TAnalyticsLabels, dimension: string, key: string): string {
  if (key === "") return "(none)";
  if (dimension === "rep") return labels.reps.find((r) => r.id === key)?.name ?? "(former rep)";
  if (dimension === "team") return labels.teams.find((t) => t.id === key)?.name ?? "(deleted team)";
  if (dimension === "form") return labels.forms.find((f) => f.id === key)?.name ?? "(deleted form)";
  if (dimension === "path") return labels.paths.find((p) => p.id === key)?.name ?? key;
  return key;
}
