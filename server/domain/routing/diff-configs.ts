// What changed between two routing configs, in words, for the version history's diff: paths
// added, removed, moved, renamed; conditions, destinations and strategies changed; the fallback,
// the policies and the lead attribute mapping. Paths are matched by id. Pure.
import { canonicalJson } from "../canonical-json";
import { describeCondition, type TLabelOf, type TValueLabelOf } from "../conditions/describe-condition";
import type { TRoutingNames } from "./describe-reason";
import { describeDestination, describeStrategy } from "./describe-strategy";
import type { TFallback, TRoutingConfigDraft, TRoutingPath, TRoutingPolicies } from "./routing-config";

export interface TDiffNames extends TRoutingNames {
  /** A workspace user's name (fallback owner, reviewer); default the id. */
  userName?(id: string): string;
  /** Labels for condition refs and values; default describeCondition's. */
  refLabel?: TLabelOf;
  valueLabel?: TValueLabelOf;
}

export type TConfigChangeKind =
  | "path_added"
  | "path_removed"
  | "path_moved"
  | "path_renamed"
  | "description_changed"
  | "condition_changed"
  | "destination_changed"
  | "strategy_changed"
  | "fallback_changed"
  | "policies_changed"
  | "attributes_changed";

export interface TConfigChange {
  kind: TConfigChangeKind;
  /** The path concerned (for path changes). */
  pathId: string | null;
  text: string;
}

/** JSON equality that ignores key order and undefined properties. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

export function describeFallback(fallback: TFallback | undefined, names: TDiffNames): string {
  if (!fallback) return "no fallback";
  const owner = names.userName?.(fallback.ownerUserId) ?? fallback.ownerUserId;
  const rep = fallback.ownerRepId ? `, assigned to ${names.repName(fallback.ownerRepId)}` : "";
  return `queue “${fallback.queueName}” owned by ${owner}${rep}`;
}

export function describePolicies(policies: TRoutingPolicies, names: TDiffNames): { sla: string; review: string } {
  const { sla, review } = policies;
  return {
    sla: sla ? `remind after ${sla.remindAfterMinutes} min, reassign after ${sla.reassignAfterMinutes} min` : "off",
    review: review
      ? `leads worth ${review.minValue.toLocaleString("en-US")}+ reviewed by ${names.userName?.(review.reviewerUserId) ?? review.reviewerUserId} within ${review.windowMinutes} min`
      : "off",
  };
}

function pathChanges(before: TRoutingPath, after: TRoutingPath, names: TDiffNames): TConfigChange[] {
  const changes: TConfigChange[] = [];
  const at = (kind: TConfigChangeKind, text: string) => changes.push({ kind, pathId: after.id, text });
  if (before.name !== after.name) at("path_renamed", `Renamed path “${before.name}” to “${after.name}”`);
  if ((before.description ?? "") !== (after.description ?? "")) at("description_changed", `“${after.name}”: description changed`);
  if (!sameJson(before.when, after.when)) {
    const text = (p: TRoutingPath) => describeCondition(p.when, names.refLabel, names.valueLabel);
    at("condition_changed", `“${after.name}”: condition changed from “${text(before)}” to “${text(after)}”`);
  }
  const [x, y] = [before.destination, after.destination];
  if (sameJson(x, y)) return changes;
  if (x.type === "team" && y.type === "team" && x.teamId === y.teamId) {
    const [from, to] = [describeStrategy(x.strategy), describeStrategy(y.strategy)];
    at("strategy_changed", from === to ? `“${after.name}”: strategy settings changed (${to})` : `“${after.name}”: strategy changed from “${from}” to “${to}”`);
  } else {
    at("destination_changed", `“${after.name}”: destination changed from “${describeDestination(x, names)}” to “${describeDestination(y, names)}”`);
  }
  return changes;
}

function orderChanges(a: readonly TRoutingPath[], b: readonly TRoutingPath[]): TConfigChange[] {
  const inB = new Set(b.map((p) => p.id));
  const inA = new Set(a.map((p) => p.id));
  const commonA = a.filter((p) => inB.has(p.id)).map((p) => p.id);
  const commonB = b.filter((p) => inA.has(p.id)).map((p) => p.id);
  // A path "moved" when its order relative to the other kept paths changed; when two paths swap,
  // both are listed.
  return commonB.flatMap((id, rank) => {
    if (commonA[rank] === id) return [];
    const from = a.findIndex((p) => p.id === id) + 1;
    const to = b.findIndex((p) => p.id === id) + 1;
    const name = b[to - 1]?.name ?? id;
    return [{ kind: "path_moved" as const, pathId: id, text: `Moved path “${name}” from position ${from} to ${to}` }];
  });
}

export function diffRoutingConfigs(a: TRoutingConfigDraft, b: TRoutingConfigDraft, names: TDiffNames): TConfigChange[] {
  const changes: TConfigChange[] = [];
  const aById = new Map(a.paths.map((p) => [p.id, p]));
  const bById = new Map(b.paths.map((p) => [p.id, p]));
  a.paths.forEach((p) => {
    if (!bById.has(p.id)) changes.push({ kind: "path_removed", pathId: p.id, text: `Removed path “${p.name}”` });
  });
  b.paths.forEach((p, i) => {
    if (aById.has(p.id)) return;
    const when = describeCondition(p.when, names.refLabel, names.valueLabel);
    changes.push({ kind: "path_added", pathId: p.id, text: `Added path “${p.name}” at position ${i + 1}: if ${when} → ${describeDestination(p.destination, names)}` });
  });
  changes.push(...orderChanges(a.paths, b.paths));
  b.paths.forEach((p) => {
    const before = aById.get(p.id);
    if (before) changes.push(...pathChanges(before, p, names));
  });
  if (!sameJson(a.fallback, b.fallback)) {
    changes.push({ kind: "fallback_changed", pathId: null, text: `Fallback changed from ${describeFallback(a.fallback, names)} to ${describeFallback(b.fallback, names)}` });
  }
  const [pa, pb] = [describePolicies(a.policies, names), describePolicies(b.policies, names)];
  if (!sameJson(a.policies.sla, b.policies.sla)) changes.push({ kind: "policies_changed", pathId: null, text: `Speed-to-lead SLA changed from ${pa.sla} to ${pb.sla}` });
  if (!sameJson(a.policies.review, b.policies.review)) changes.push({ kind: "policies_changed", pathId: null, text: `High-value review changed from ${pa.review} to ${pb.review}` });
  const attributeKeys = (["industry", "segment", "language", "region"] as const).filter((k) => !sameJson(a.attributes[k], b.attributes[k]));
  if (attributeKeys.length > 0) {
    changes.push({ kind: "attributes_changed", pathId: null, text: `Lead attribute mapping changed: ${attributeKeys.join(", ")}` });
  }
  const [keysA, keysB] = [a.apiAnswerKeys ?? [], b.apiAnswerKeys ?? []];
  const added = keysB.filter((k) => !keysA.includes(k));
  const removed = keysA.filter((k) => !keysB.includes(k));
  if (added.length + removed.length > 0) {
    const parts = [...(added.length > 0 ? [`added ${added.join(", ")}`] : []), ...(removed.length > 0 ? [`removed ${removed.join(", ")}`] : [])];
    changes.push({ kind: "attributes_changed", pathId: null, text: `Answer keys of leads without a form: ${parts.join("; ")}` });
  }
  return changes;
}
