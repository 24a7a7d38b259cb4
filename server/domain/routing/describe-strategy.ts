// Plain-language text of a destination and its strategy, for the editor and the decision record:
// "Enterprise team: industry match (preferred), available now, capacity → least loaded, account owners first".
import { SENIORITY_LABELS } from "../reps/rep-options";
import { LEARNED_OUTCOME_LABELS } from "./learned/learned-config";
import type { TChooser, TDestination, TFilter, TStrategy } from "./routing-config";

const FIELD_LABELS = { skills: "skills", industry: "industry", segment: "segment", language: "language", region: "region" } as const;

export function describeFilter(filter: TFilter): string {
  const preferred = filter.type !== "capacity" && filter.mode === "preferred" ? " (preferred)" : "";
  switch (filter.type) {
    case "match": {
      const what = filter.values && filter.values.length > 0 ? `${FIELD_LABELS[filter.field]} ${filter.require === "all" ? "all of" : "any of"} ${filter.values.join(", ")}` : `${FIELD_LABELS[filter.field]} match`;
      return `${what}${preferred}`;
    }
    case "seniority": {
      const steps = [...filter.thresholds]
        .sort((a, b) => a.minValue - b.minValue)
        .map((t) => `${filter.ref} ≥ ${t.minValue.toLocaleString("en-US")} → ${SENIORITY_LABELS[t.minSeniority]}+`);
      return `seniority by value (${steps.join("; ")})${preferred}`;
    }
    case "available_now":
      return `available now${preferred}`;
    case "capacity": {
      const extras = [
        filter.maxOpenPipelineValue !== null ? `pipeline ≤ ${filter.maxOpenPipelineValue.toLocaleString("en-US")}` : null,
        filter.leaveWithinDays !== null ? `no leave within ${filter.leaveWithinDays} days` : null,
        filter.backlog ? `backlog < ${filter.backlog.max}` : null,
      ].filter((x): x is string => x !== null);
      return extras.length > 0 ? `capacity (${extras.join(", ")})` : "capacity";
    }
    case "recent_volume":
      return `balance volume (≤ mean + ${filter.maxAboveMean} in ${filter.hours} h)${preferred}`;
  }
}

export function describeChooser(chooser: TChooser): string {
  switch (chooser.type) {
    case "round_robin":
      return chooser.variant === "strict" ? "round-robin" : `round-robin (${chooser.variant})`;
    case "least_loaded":
      return "least loaded";
    case "best_match":
      return "best match";
    case "soonest_available":
      return "soonest available";
    case "learned":
      return chooser.enabled ? `best expected ${LEARNED_OUTCOME_LABELS[chooser.outcome]} (learned, floor ${Math.round(chooser.floorShare * 100)}% of fair share)` : "round-robin (learned chooser switched off)";
  }
}

export function describeStrategy(strategy: TStrategy): string {
  const filters = strategy.filters.map(describeFilter);
  const chooser = describeChooser(strategy.chooser);
  const owner = strategy.accountOwnership ? ", account owners first" : "";
  return `${filters.length > 0 ? `${filters.join(", ")} → ` : ""}${chooser}${owner}`;
}

export function describeDestination(destination: TDestination, names: { repName(id: string): string; teamName(id: string): string }): string {
  switch (destination.type) {
    case "team":
      return `${names.teamName(destination.teamId)} team: ${describeStrategy(destination.strategy)}`;
    case "rep":
      return `Assign to ${names.repName(destination.repId)}`;
    case "nurture":
      return "Nurture tier";
    case "disqualify":
      return "Disqualify";
  }
}
