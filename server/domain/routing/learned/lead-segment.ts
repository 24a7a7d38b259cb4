// The segment of a lead for the learned chooser: the values of the attributes the manager chose
// (industry × size band × tier …), "unknown" when the lead has none. `key` is what the counters
// store ("financial services|enterprise"), `label` what people read ("financial services × Enterprise").
import { SEGMENT_LABELS, type TSegment } from "../../reps/rep-options";
import { normalizeMatchValue } from "../lead-attributes";
import type { TRoutingLead } from "../routing-types";
import type { TSegmentAttribute } from "./learned-config";

export interface TLeadSegment {
  key: string;
  label: string;
}

function rawValue(lead: Pick<TRoutingLead, "attributes" | "tier" | "source">, attribute: TSegmentAttribute): string | undefined {
  switch (attribute) {
    case "industry":
    case "segment":
    case "region":
    case "language":
      return lead.attributes[attribute];
    case "tier":
      return lead.tier;
    case "source":
      return lead.source;
  }
}

export function leadSegment(lead: Pick<TRoutingLead, "attributes" | "tier" | "source">, by: readonly TSegmentAttribute[]): TLeadSegment {
  if (by.length === 0) return { key: "all", label: "all leads" };
  const keys: string[] = [];
  const labels: string[] = [];
  for (const attribute of by) {
    const raw = rawValue(lead, attribute);
    const value = raw === undefined || raw.trim() === "" ? "unknown" : normalizeMatchValue(raw);
    keys.push(value);
    labels.push(attribute === "segment" && raw !== undefined && Object.hasOwn(SEGMENT_LABELS, raw) ? SEGMENT_LABELS[raw as TSegment] : value);
  }
  return { key: keys.join("|"), label: labels.join(" × ") };
}

/** A segment key back to its label (the strengths table reads stored keys). */
export function segmentLabel(key: string): string {
  return key
    .split("|")
    .map((v) => {
      const upper = v.toUpperCase().replace(/ /g, "_");
      return Object.hasOwn(SEGMENT_LABELS, upper) ? SEGMENT_LABELS[upper as TSegment] : v;
    })
    .join(" × ");
}

/** The seed of a lead's random stream: its content (answers, email, form), so a preview of the same lead draws the same. */
export function leadContentKey(lead: Pick<TRoutingLead, "answers" | "email" | "formId">): string {
  const answers = Object.keys(lead.answers)
    .sort()
    .map((k) => [k, lead.answers[k]]);
  return JSON.stringify([answers, lead.email, lead.formId]);
}
