// Pure helpers that turn a lead's stored values into what a person reads, using the labels of the
// form version the lead was scored with: answers with field and option labels, scores per
// dimension with their breakdown items, tier and knock-out labels.
import { allFields, optionsOf, ZFormDefinition, type TAnswerValue, type TField, type TFormDefinition } from "../../domain/forms/definition";
import { ZScoringModel, type TBreakdownItem, type TScoringModel } from "../../domain/scoring/model";

export function parseDefinition(value: unknown): TFormDefinition | null {
  const parsed = ZFormDefinition.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function parseScoring(value: unknown): TScoringModel | null {
  const parsed = ZScoringModel.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function tierLabelsOf(scoring: unknown): Map<string, string> {
  const model = parseScoring(scoring);
  return new Map((model?.tiers ?? []).map((t) => [t.key, t.label]));
}

export interface TLabelledAnswer {
  key: string;
  label: string;
  type: TField["type"] | "unknown";
  value: TAnswerValue;
  /** Option labels instead of stored values; "Yes"/"No" for booleans. */
  display: string;
}

function displayValue(field: TField | undefined, value: TAnswerValue): string {
  const options = field ? optionsOf(field) : [];
  const optionLabel = (v: string) => options.find((o) => o.value === v)?.label ?? v;
  if (Array.isArray(value)) return value.map((v) => optionLabel(String(v))).join(", ");
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") {
    if (field?.type === "currency" && field.currency) {
      try {
        return new Intl.NumberFormat("en-US", { style: "currency", currency: field.currency, maximumFractionDigits: 2 }).format(value);
      } catch {
        return String(value);
      }
    }
    return String(value);
  }
  return optionLabel(String(value));
}

function isAnswerValue(value: unknown): value is TAnswerValue {
  return (
    typeof value === "string" ||
    (typeof value === "number" && Number.isFinite(value)) ||
    typeof value === "boolean" ||
    (Array.isArray(value) && value.every((v) => typeof v === "string"))
  );
}

/** In the form's field order; answers to fields the version does not know come last, labelled by key. */
export function labelAnswers(definition: TFormDefinition | null, answers: unknown): TLabelledAnswer[] {
  const record = answers && typeof answers === "object" && !Array.isArray(answers) ? (answers as Record<string, unknown>) : {};
  const fields = definition ? allFields(definition) : [];
  const known = new Set(fields.map((f) => f.key));
  const result: TLabelledAnswer[] = [];
  for (const field of fields) {
    const value = record[field.key];
    if (field.type === "statement" || !isAnswerValue(value)) continue;
    result.push({ key: field.key, label: field.label, type: field.type, value, display: displayValue(field, value) });
  }
  for (const [key, value] of Object.entries(record)) {
    if (known.has(key) || !isAnswerValue(value)) continue;
    result.push({ key, label: key, type: "unknown", value, display: displayValue(undefined, value) });
  }
  return result;
}

export interface TDimensionScore {
  key: string;
  label: string;
  points: number;
  items: TBreakdownItem[];
}

function isBreakdownItem(value: unknown): value is TBreakdownItem {
  const v = value as Partial<TBreakdownItem> | null;
  return !!v && typeof v === "object" && typeof v.points === "number" && typeof v.explanation === "string" && typeof v.kind === "string";
}

export function readBreakdown(value: unknown): TBreakdownItem[] {
  return Array.isArray(value) ? value.filter(isBreakdownItem) : [];
}

/** Dimensions in the model's order, then any others found on the lead; knock-outs (no dimension) apart. */
export function groupScores(
  scoring: TScoringModel | null,
  scores: unknown,
  breakdown: TBreakdownItem[],
): { dimensions: TDimensionScore[]; knockouts: TBreakdownItem[] } {
  const points = scores && typeof scores === "object" && !Array.isArray(scores) ? (scores as Record<string, unknown>) : {};
  const keys = [...(scoring?.dimensions.map((d) => d.key) ?? [])];
  for (const key of [...Object.keys(points), ...breakdown.map((b) => b.dimension)]) if (key && !keys.includes(key)) keys.push(key);
  const dimensions = keys.map((key) => {
    const items = breakdown.filter((b) => b.dimension === key);
    const stored = points[key];
    return {
      key,
      label: scoring?.dimensions.find((d) => d.key === key)?.label ?? key,
      points: typeof stored === "number" ? stored : items.reduce((sum, b) => sum + b.points, 0),
      items,
    };
  });
  return { dimensions, knockouts: breakdown.filter((b) => b.dimension === null) };
}
