// Where a member of the workspace is part of routing: owner or rep of the fallback queue, the
// high-value reviewer, a path that sends leads to them directly (published config and the draft),
// and the teams (routing pools) their rep profile is in. Removing a member is refused while this
// list is not empty, naming each place, so that no routing points at someone who left.
import type { TFieldError } from "../reps/issues-to-details";
import type { TRoutingConfigDraft } from "./routing-config";

export interface TMemberRef {
  userId: string;
  /** The member's rep profile in this workspace, if any. */
  repId: string | null;
}

export interface TRoutingSources {
  published: TRoutingConfigDraft | null;
  draft: TRoutingConfigDraft | null;
  teams: readonly { id: string; name: string; repIds: readonly string[] }[];
}

function placesIn(config: TRoutingConfigDraft, member: TMemberRef, prefix: string, where: string): TFieldError[] {
  const places: TFieldError[] = [];
  const { fallback } = config;
  if (fallback?.ownerUserId === member.userId) places.push({ path: `${prefix}.fallback.ownerUserId`, message: `owner of the fallback queue “${fallback.queueName}” (${where})` });
  if (member.repId && fallback?.ownerRepId === member.repId) places.push({ path: `${prefix}.fallback.ownerRepId`, message: `rep of the fallback queue “${fallback.queueName}” (${where})` });
  if (config.policies.review?.reviewerUserId === member.userId) places.push({ path: `${prefix}.policies.review.reviewerUserId`, message: `reviewer of high-value leads (${where})` });
  config.paths.forEach((path, i) => {
    if (member.repId && path.destination.type === "rep" && path.destination.repId === member.repId) {
      places.push({ path: `${prefix}.paths.${i}.destination.repId`, message: `path “${path.name}” sends leads to them (${where})` });
    }
  });
  return places;
}

/** Every place the member holds in routing, each with a path and words; empty when none. */
export function memberRoutingPlaces(member: TMemberRef, sources: TRoutingSources): TFieldError[] {
  const published = sources.published ? placesIn(sources.published, member, "published", "published routing") : [];
  const seen = new Set(published.map((p) => p.path.slice("published".length)));
  // The draft's places, unless the published config has the same one (an unchanged draft).
  const draft = sources.draft ? placesIn(sources.draft, member, "draft", "routing draft").filter((p) => !seen.has(p.path.slice("draft".length))) : [];
  const teams = member.repId
    ? sources.teams.filter((t) => t.repIds.includes(member.repId!)).map((t) => ({ path: `teams.${t.id}`, message: `member of the team “${t.name}”` }))
    : [];
  return [...published, ...draft, ...teams];
}

/** "Morgan Manager is still part of routing: owner of …; member of the team “Enterprise”. …" */
export function describeMemberInRouting(name: string, places: readonly TFieldError[]): string {
  return `${name} is still part of routing: ${places.map((p) => p.message).join("; ")}. Choose someone else there (Routing, Teams) before removing them.`;
}
