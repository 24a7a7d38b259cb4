// What a routing path's condition can check, as subjects for the condition builder: the answers
// of the workspace's published forms (label, kind, options), the score and its dimensions, the
// tier, deal value, source, UTM, email, form, the lead's local time and its attributes. Refs are
// the ones leadRefResolver understands (lead-refs.ts); the config's apiAnswerKeys (answers of leads
// sent without a form) are answers too. Pure.
import { allFields, optionsOf, type TField, type TFormDefinition } from "../forms/definition";
import type { TScoringModel } from "../scoring/model";
import { SEGMENTS, SEGMENT_LABELS } from "../reps/rep-options";
import type { TLeadAttributeMapping } from "./lead-attributes";

/** Same shape as the condition builder's TConditionSubject. */
export interface TRoutingSubject {
  ref: string;
  label: string;
  kind: "text" | "number" | "choice" | "multi" | "boolean" | "email";
  options?: { value: string; label: string }[];
  group?: string;
}

export interface TSubjectForm {
  id: string;
  name: string;
  definition: TFormDefinition | null;
  scoring: TScoringModel | null;
}

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function kindOf(field: TField): TRoutingSubject["kind"] | null {
  switch (field.type) {
    case "statement":
      return null;
    case "email":
      return "email";
    case "number":
    case "currency":
      return "number";
    case "consent":
      return "boolean";
    case "multiple_choice":
      return "multi";
    case "single_choice":
    case "dropdown":
    case "company_size":
    case "yes_no":
      return "choice";
    default:
      return "text";
  }
}

function mergeOptions(into: Map<string, string>, options: readonly { value: string; label: string }[]): void {
  for (const o of options) if (!into.has(o.value)) into.set(o.value, o.label);
}

const toOptions = (map: Map<string, string>) => [...map].map(([value, label]) => ({ value, label }));

/** One subject per answer key across the forms (options merged; the first form's label wins). */
function answerSubjects(forms: readonly TSubjectForm[]): TRoutingSubject[] {
  const byKey = new Map<string, { label: string; kind: TRoutingSubject["kind"]; options: Map<string, string> }>();
  for (const form of forms) {
    for (const field of form.definition ? allFields(form.definition) : []) {
      const kind = kindOf(field);
      if (kind === null) continue;
      const entry = byKey.get(field.key) ?? { label: field.label, kind, options: new Map<string, string>() };
      mergeOptions(entry.options, optionsOf(field));
      byKey.set(field.key, entry);
    }
  }
  return [...byKey].map(([key, e]) => ({
    ref: `answers.${key}`,
    label: e.label,
    kind: e.kind,
    ...(e.options.size > 0 && (e.kind === "choice" || e.kind === "multi") ? { options: toOptions(e.options) } : {}),
    group: "Answers",
  }));
}

/** Options of an attribute: its mapping's values, else the mapped field's options. */
function attributeOptions(forms: readonly TSubjectForm[], source: TLeadAttributeMapping["industry"]): { value: string; label: string }[] | undefined {
  if (!source) return undefined;
  const options = new Map<string, string>();
  if (source.values) Object.values(source.values).forEach((v) => options.set(v, v.replace(/_/g, " ")));
  else if (source.ranges) source.ranges.forEach((r) => options.set(r.value, r.value.replace(/_/g, " ")));
  else {
    for (const form of forms) {
      const field = form.definition ? allFields(form.definition).find((f) => f.key === source.field) : undefined;
      if (field) mergeOptions(options, optionsOf(field));
    }
  }
  return options.size > 0 ? toOptions(options) : undefined;
}

/** The answer keys of leads sent without a form that no form has, as text subjects. */
function apiAnswerSubjects(forms: readonly TSubjectForm[], keys: readonly string[]): TRoutingSubject[] {
  const formKeys = new Set(forms.flatMap((f) => (f.definition ? allFields(f.definition).map((field) => field.key) : [])));
  return keys.filter((key) => !formKeys.has(key)).map((key) => ({ ref: `answers.${key}`, label: key, kind: "text", group: "Answers (API, no form)" }));
}

export function routingSubjects(forms: readonly TSubjectForm[], attributes: TLeadAttributeMapping, apiAnswerKeys: readonly string[] = []): TRoutingSubject[] {
  const tiers = new Map<string, string>();
  const dimensions = new Map<string, string>();
  for (const form of forms) {
    form.scoring?.tiers.forEach((t) => tiers.has(t.key) || tiers.set(t.key, t.label));
    form.scoring?.dimensions.forEach((d) => dimensions.has(d.key) || dimensions.set(d.key, d.label));
  }
  const attribute = (key: "industry" | "region" | "language", label: string): TRoutingSubject => {
    const options = attributeOptions(forms, attributes[key]);
    return options ? { ref: `lead.${key}`, label, kind: "choice", options, group: "Lead" } : { ref: `lead.${key}`, label, kind: "text", group: "Lead" };
  };
  return [
    ...answerSubjects(forms),
    ...apiAnswerSubjects(forms, apiAnswerKeys),
    { ref: "tier", label: "Tier", kind: "choice", options: toOptions(tiers), group: "Score" },
    { ref: "score.total", label: "Score (total)", kind: "number", group: "Score" },
    ...[...dimensions].map(([key, label]): TRoutingSubject => ({ ref: `score.${key}`, label: `Score: ${label}`, kind: "number", group: "Score" })),
    { ref: "value", label: "Estimated deal value", kind: "number", group: "Score" },
    attribute("industry", "Industry"),
    { ref: "lead.segment", label: "Segment", kind: "choice", options: SEGMENTS.map((s) => ({ value: s, label: SEGMENT_LABELS[s] })), group: "Lead" },
    attribute("region", "Region"),
    attribute("language", "Language"),
    { ref: "email.domain", label: "Email domain", kind: "text", group: "Lead" },
    { ref: "email.is_free", label: "Email is free-mail", kind: "boolean", group: "Lead" },
    { ref: "form", label: "Form", kind: "choice", options: forms.map((f) => ({ value: f.id, label: f.name })), group: "Source" },
    { ref: "source", label: "Source", kind: "text", group: "Source" },
    { ref: "utm.source", label: "UTM source", kind: "text", group: "Source" },
    { ref: "utm.medium", label: "UTM medium", kind: "text", group: "Source" },
    { ref: "utm.campaign", label: "UTM campaign", kind: "text", group: "Source" },
    { ref: "lead.local_hour", label: "Lead's local hour (0–23)", kind: "number", group: "Time" },
    { ref: "lead.local_day", label: "Lead's local weekday", kind: "choice", options: DAYS.map((d, i) => ({ value: String(i), label: d })), group: "Time" },
  ];
}
