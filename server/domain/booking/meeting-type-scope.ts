// Where meeting types apply, checked the same way for the dashboard (saveMeetingType) and for the
// routing document's `meetingTypes` list (PUT /api/v1/routing): each serves one team, one routing
// path, or neither (the workspace default) — never both — and no two serve the same scope. Pure;
// paths are "meetingTypes.2.teamId" in a document and "teamId" on the dashboard (prefix "").
import { z } from "zod";
import type { TFieldError } from "../reps/issues-to-details";
import { ZMeetingTypeSettings } from "./meeting-type";

const ZId = z.string().trim().min(1).max(80);

/** A meeting type as the routing document and the dashboard send it. */
export const ZMeetingTypeEntry = z.strictObject({
  ...ZMeetingTypeSettings.shape,
  /** A stored meeting type's id; absent for a new one. */
  id: ZId.optional(),
  /** The team it serves (in a document: an existing team's id or a new team's key) … */
  teamId: ZId.nullable().default(null),
  /** … or the routing path (its id in the config) … or neither: the workspace default. */
  pathId: ZId.nullable().default(null),
});
export type TMeetingTypeEntry = z.output<typeof ZMeetingTypeEntry>;

export interface TMeetingTypeScopeContext {
  /** Teams a meeting type may name (existing ids, and in a document the new teams' keys). */
  teamIds: readonly string[];
  /** Path ids of the routing config the meeting types go with. */
  pathIds: readonly string[];
  /** Stored meeting types' ids (an entry's id must be one of them). */
  storedIds: readonly string[];
}

function scopeLabel(entry: Pick<TMeetingTypeEntry, "teamId" | "pathId">): string {
  if (entry.pathId) return `the path “${entry.pathId}”`;
  if (entry.teamId) return `this team`;
  return "the workspace default";
}

/**
 * Field errors of a list of meeting types against its context. In a document, `prefix`
 * ("meetingTypes.") and the index start each path; with `only`, just that entry's errors are
 * returned, with bare field paths (the dashboard saves one entry among the stored others).
 */
export function checkMeetingTypeScopes(entries: readonly Pick<TMeetingTypeEntry, "id" | "teamId" | "pathId">[], ctx: TMeetingTypeScopeContext, options: { prefix: string } | { only: number }): TFieldError[] {
  const prefix = "prefix" in options ? options.prefix : "";
  const errors: TFieldError[] = [];
  const teams = new Set(ctx.teamIds);
  const paths = new Set(ctx.pathIds);
  const stored = new Set(ctx.storedIds);
  const seenScopes = new Map<string, number>();
  const seenIds = new Map<string, number>();
  const at = (i: number, field: string) => ("only" in options ? field : `${prefix}${i}.${field}`);
  entries.forEach((entry, i) => {
    const before = errors.length;
    check(entry, i);
    if ("only" in options && i !== options.only) errors.splice(before);
  });
  return errors;

  function check(entry: Pick<TMeetingTypeEntry, "id" | "teamId" | "pathId">, i: number): void {
    if (entry.id !== undefined) {
      if (!stored.has(entry.id)) errors.push({ path: at(i, "id"), message: "No meeting type with this id in this workspace (leave the id out for a new one)" });
      else if (seenIds.has(entry.id)) errors.push({ path: at(i, "id"), message: `This meeting type is already listed${"only" in options ? "" : ` at ${prefix}${seenIds.get(entry.id)}`}` });
      seenIds.set(entry.id, seenIds.get(entry.id) ?? i);
    }
    if (entry.teamId && entry.pathId) {
      errors.push({ path: at(i, "pathId"), message: "Choose a team or a path, not both" });
      return;
    }
    if (entry.teamId && !teams.has(entry.teamId)) errors.push({ path: at(i, "teamId"), message: `No team with the id “${entry.teamId}” in this workspace` });
    if (entry.pathId && !paths.has(entry.pathId)) errors.push({ path: at(i, "pathId"), message: `No routing path with the id “${entry.pathId}” in the routing config` });
    const scope = entry.pathId ? `path:${entry.pathId}` : entry.teamId ? `team:${entry.teamId}` : "workspace";
    const earlier = seenScopes.get(scope);
    if (earlier !== undefined) errors.push({ path: at(i, entry.pathId ? "pathId" : "teamId"), message: `${capitalize(scopeLabel(entry))} already has a meeting type${"only" in options ? "" : ` (${prefix}${earlier})`}` });
    else seenScopes.set(scope, i);
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
