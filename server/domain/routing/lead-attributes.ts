// Lead attributes (industry, segment, language, region) from answers, through a small mapping the
// workspace keeps next to its routing config. Also the one normalisation used to compare a lead
// value with a rep's tags: "financial_services", "Financial-Services" and "financial services"
// are the same; so are "MID_MARKET" and "Mid-market".
import { z } from "zod";
import { toNumber } from "../conditions/evaluate-condition";
import { SEGMENTS, type TSegment } from "../reps/rep-options";

export type TLeadAnswerValue = string | number | boolean | string[];

/** Attributes the match filters and best_match compare with rep profiles. */
export interface TLeadAttributes {
  industry?: string;
  segment?: TSegment;
  language?: string;
  region?: string;
}

export function normalizeMatchValue(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[_-]+/g, " ")
    .replace(/\s+/g, " ");
}

/** Whether `tags` (a rep's list) contains `value`, compared normalised. */
export function hasTag(tags: readonly string[], value: string): boolean {
  const wanted = normalizeMatchValue(value);
  return wanted !== "" && tags.some((t) => normalizeMatchValue(t) === wanted);
}

const ZKey = z.string().trim().min(1).max(64);

/**
 * One attribute from one answer. Order: `values` (answer → attribute; unmapped answers give no
 * value), else `ranges` (a number, or the leading number of an option such as "200-999" or
 * "5000+": the last range whose min ≤ it), else the answer itself.
 */
export const ZAttributeSource = z.object({
  field: ZKey,
  values: z.record(z.string(), z.string().trim().min(1).max(60)).optional(),
  ranges: z
    .array(z.object({ min: z.number().finite(), value: z.string().trim().min(1).max(60) }))
    .max(20)
    .optional(),
});
export type TAttributeSource = z.output<typeof ZAttributeSource>;

export const ZLeadAttributeMapping = z.object({
  industry: ZAttributeSource.optional(),
  segment: ZAttributeSource.optional(),
  language: ZAttributeSource.optional(),
  region: ZAttributeSource.optional(),
});
export type TLeadAttributeMapping = z.output<typeof ZLeadAttributeMapping>;

/** Company size → segment: under 200 SMB, 200–999 mid-market, 1,000+ enterprise. */
export const DEFAULT_SEGMENT_RANGES: TAttributeSource["ranges"] = [
  { min: 0, value: "SMB" },
  { min: 200, value: "MID_MARKET" },
  { min: 1000, value: "ENTERPRISE" },
];

function leadingNumber(answer: TLeadAnswerValue): number | null {
  const direct = toNumber(answer);
  if (direct !== null) return direct;
  if (typeof answer !== "string") return null;
  const match = /^\s*([\d,]+)/.exec(answer);
  return match?.[1] ? toNumber(match[1].replace(/,/g, "")) : null;
}

function firstText(answer: TLeadAnswerValue | undefined): string | null {
  if (answer === undefined) return null;
  const first = Array.isArray(answer) ? answer[0] : answer;
  if (first === undefined || typeof first === "boolean") return null;
  const text = String(first).trim();
  return text === "" ? null : text;
}

export function resolveAttribute(answers: Readonly<Record<string, TLeadAnswerValue>>, source: TAttributeSource): string | undefined {
  const answer = Object.hasOwn(answers, source.field) ? answers[source.field] : undefined;
  const text = firstText(answer);
  if (text === null || answer === undefined) return undefined;
  if (source.values) {
    const key = Object.keys(source.values).find((k) => normalizeMatchValue(k) === normalizeMatchValue(text));
    return key === undefined ? undefined : source.values[key];
  }
  if (source.ranges && source.ranges.length > 0) {
    const n = leadingNumber(Array.isArray(answer) ? text : answer);
    if (n === null) return undefined;
    const hit = [...source.ranges].sort((a, b) => a.min - b.min).filter((r) => r.min <= n);
    return hit[hit.length - 1]?.value;
  }
  return text;
}

function toSegment(value: string | undefined): TSegment | undefined {
  if (value === undefined) return undefined;
  return SEGMENTS.find((s) => normalizeMatchValue(s) === normalizeMatchValue(value));
}

/** The lead's attributes; an attribute without a mapping or without an answer is left out. */
export function leadAttributes(answers: Readonly<Record<string, TLeadAnswerValue>>, mapping: TLeadAttributeMapping): TLeadAttributes {
  const result: TLeadAttributes = {};
  const industry = mapping.industry && resolveAttribute(answers, mapping.industry);
  const segment = mapping.segment && toSegment(resolveAttribute(answers, mapping.segment));
  const language = mapping.language && resolveAttribute(answers, mapping.language);
  const region = mapping.region && resolveAttribute(answers, mapping.region);
  if (industry) result.industry = industry;
  if (segment) result.segment = segment;
  if (language) result.language = language;
  if (region) result.region = region;
  return result;
}
