// Why the draft cannot be saved, in the marketer's words. The schemas' issues (a path such as
// steps.0.fields.2.label and zod's "Too small: …") become "Step 1, question 3 (Company): the
// label is empty" for the save status, and "The label is empty." at the question's own input.
// Validation bounds that leave no room for an answer (a minimum above its maximum) are refused by
// the server too (validation-bounds.ts) and shown the same way, at the setting's input.
import { FIELD_TYPE_LABELS } from "@/server/domain/forms/editor/field-types";
import type { TEditorState } from "@/server/domain/forms/editor/editor-state";
import { type TField, type TFormDefinition, type TOutcome, ZField, ZFormDefinition, ZOutcome } from "@/server/domain/forms/definition";
import { outcomeName } from "@/server/domain/forms/editor/outcome-ops";
import { floorOnlyMessage } from "@/server/domain/forms/publish-check-scoring";
import { fieldBoundsProblems } from "@/server/domain/forms/validation-bounds";
import { ZScoringModel } from "@/server/domain/scoring/model";

/** The part of a zod issue these messages read. */
export interface TSchemaIssue {
  code: string;
  path: PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  exact?: boolean;
}

/** The first problem of a draft: the message, and the path (scoring's prefixed "scoring.") to point at it. */
export interface TDraftProblem {
  message: string;
  path: string;
  fieldKey?: string;
  /** How many problems the draft has in all. */
  count: number;
}

const SUBJECTS: Record<string, string> = {
  label: "the label",
  title: "the title",
  description: "the description",
  help: "the help text",
  placeholder: "the placeholder",
  currency: "the currency code",
  source: "the source parameter",
  pattern: "the pattern",
  patternMessage: "the pattern's message",
  minLength: "the minimum length",
  maxLength: "the maximum length",
  min: "the minimum",
  max: "the maximum",
  minSelected: "“pick at least”",
  maxSelected: "“pick at most”",
  value: "the stored value",
  key: "the key",
  url: "the web address",
  body: "the text",
  submitLabel: "the submit button's text",
  points: "the points",
  minScore: "the minimum score",
  amount: "the amount",
  base: "the base value",
  steps: "the list of steps",
  fields: "the list of questions",
  options: "the list of options",
  outcomes: "the list of end screens",
  dimensions: "the list of dimensions",
  tiers: "the list of tiers",
};

/**
 * "is empty", "is too long (at most 500 characters)", "must be at least 1" … `value` is what the
 * issue is about, when known: an empty text that fails a format (a redirect without its web
 * address) says what is missing, "is empty", not "is not valid".
 */
export function whatIsWrong(issue: TSchemaIssue, value?: unknown): string {
  if (issue.code === "invalid_format" && typeof value === "string" && value.trim() === "") return "is empty";
  const limit = Number(issue.minimum ?? issue.maximum);
  const text = issue.origin === "string";
  const list = issue.origin === "array";
  switch (issue.code) {
    case "too_small":
      if (text && issue.exact) return `needs exactly ${limit} characters`;
      if (text) return limit <= 1 ? "is empty" : `is too short (at least ${limit} characters)`;
      if (list) return limit <= 1 ? "is empty" : `needs at least ${limit}`;
      return `must be at least ${limit}`;
    case "too_big":
      if (text && issue.exact) return `needs exactly ${limit} characters`;
      if (text) return `is too long (at most ${limit} characters)`;
      if (list) return `has too many (at most ${limit})`;
      return `must be at most ${limit}`;
    case "invalid_type":
      return "is missing or not valid";
    default:
      // Messages written for people ("Use an http(s) address") are kept; zod's own are not.
      return /^(Invalid|Too |Unrecognized)/.test(issue.message) ? "is not valid" : `is not valid: ${issue.message}`;
  }
}

function subjectOf(rest: PropertyKey[]): string {
  const name = [...rest].reverse().find((p): p is string => typeof p === "string");
  if (name === undefined) return "this";
  return SUBJECTS[name] ?? `the ${name}`;
}

/** The question's name: its label, else its type and key (the label may be what is missing). */
export function questionName(field: TField): string {
  return field.label.trim() || `${FIELD_TYPE_LABELS[field.type] ?? field.type}, key ${field.key}`;
}

const SCORING_PARTS: Record<string, string> = { dimensions: "dimension", tiers: "tier", rules: "rule", knockouts: "knock-out", optionPoints: "option points row", freeEmail: "free-mail rule", dealValue: "deal value" };

/** Where the issue is ("Step 1, question 3 (Company), option 2") and the path left after it. */
function placeOf(state: TEditorState, scoring: boolean, path: PropertyKey[]): { where: string; rest: PropertyKey[] } {
  const [head, index, ...tail] = path;
  const at = typeof index === "number" ? index : null;
  if (scoring) {
    const part = typeof head === "string" ? SCORING_PARTS[head] : undefined;
    if (!part) return { where: "Scoring", rest: path };
    if (at === null) return { where: `Scoring, ${part}`, rest: index === undefined ? [] : [index, ...tail] };
    return { where: `Scoring, ${part} ${at + 1}`, rest: tail };
  }
  if (head === "steps" && at !== null) return placeInStep(state.definition, at, tail);
  if (head === "logic" && at !== null) return { where: `Logic rule ${at + 1}`, rest: tail };
  if (head === "outcomes" && at !== null) {
    const outcome = state.definition.outcomes[at];
    return { where: `End screen ${at + 1}${outcome ? ` (${outcomeName(outcome)})` : ""}`, rest: tail };
  }
  return { where: "The form", rest: path };
}

function placeInStep(definition: TFormDefinition, stepIndex: number, path: PropertyKey[]): { where: string; rest: PropertyKey[] } {
  const step = `Step ${stepIndex + 1}`;
  const [fields, fieldIndex, options, optionIndex, ...rest] = path;
  const field = fields === "fields" && typeof fieldIndex === "number" ? definition.steps[stepIndex]?.fields[fieldIndex] : undefined;
  if (!field || typeof fieldIndex !== "number") return { where: step, rest: path };
  const question = `${step}, question ${fieldIndex + 1} (${questionName(field)})`;
  if (options === "options" && typeof optionIndex === "number") return { where: `${question}, option ${optionIndex + 1}`, rest };
  return { where: question, rest: path.slice(2) };
}

/** The value at a schema issue's path inside `root`, or undefined. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** "Step 1, question 3 (Company): the label is empty" */
export function describeIssue(state: TEditorState, issue: TSchemaIssue, scoring = false): string {
  const { where, rest } = placeOf(state, scoring, issue.path);
  const value = valueAt(scoring ? state.scoring : state.definition, issue.path);
  return `${where}: ${subjectOf(rest)} ${whatIsWrong(issue, value)}`;
}

function fieldKeyAt(definition: TFormDefinition, path: PropertyKey[]): string | undefined {
  const [steps, stepIndex, fields, fieldIndex] = path;
  if (steps !== "steps" || fields !== "fields" || typeof stepIndex !== "number" || typeof fieldIndex !== "number") return undefined;
  return definition.steps[stepIndex]?.fields[fieldIndex]?.key;
}

/** The first reason the draft would be refused by the server (it checks the same schemas), or null. */
export function draftProblem(state: TEditorState): TDraftProblem | null {
  const definitionIssues = ZFormDefinition.safeParse(state.definition).error?.issues ?? [];
  const scoringIssues = ZScoringModel.safeParse(state.scoring).error?.issues ?? [];
  const bounds = boundsIssues(state.definition);
  const count = definitionIssues.length + bounds.length + scoringIssues.length;
  const first = definitionIssues[0];
  if (first) return { message: describeIssue(state, first), path: first.path.join("."), fieldKey: fieldKeyAt(state.definition, first.path), count };
  const bound = bounds[0];
  if (bound) {
    const { where } = placeOf(state, false, bound.path);
    return { message: `${where}: ${bound.message}`, path: bound.path.join("."), fieldKey: fieldKeyAt(state.definition, bound.path), count };
  }
  const scoring = scoringIssues[0];
  if (scoring) return { message: describeIssue(state, scoring, true), path: ["scoring", ...scoring.path].join("."), count };
  return null;
}

/** Every question's bounds problem, with its path in the definition (steps.0.fields.2.validation.max). */
function boundsIssues(definition: TFormDefinition): { path: PropertyKey[]; message: string }[] {
  return definition.steps.flatMap((step, i) =>
    step.fields.flatMap((field, j) => fieldBoundsProblems(field).map((p) => ({ path: ["steps", i, "fields", j, "validation", p.at], message: p.message }))),
  );
}

/** The save status's text: the first problem, and how many more there are. */
export function problemSummary(problem: TDraftProblem): string {
  const more = problem.count - 1;
  return more > 0 ? `${problem.message} (and ${more} more ${more === 1 ? "problem" : "problems"})` : problem.message;
}

/** A question's first problem for the canvas: "the label is empty", "option 2: the label is empty". */
export function fieldProblemSummary(field: TField): string | undefined {
  const issue = ZField.safeParse(field).error?.issues[0];
  if (!issue) return fieldBoundsProblems(field)[0]?.message;
  const [options, index] = issue.path;
  const where = options === "options" && typeof index === "number" ? `option ${index + 1}: ` : "";
  return `${where}${subjectOf(issue.path)} ${whatIsWrong(issue, valueAt(field, issue.path))}`;
}

/** One question's problems by their path inside it ("label", "options.1.label"): "The label is empty." */
export function fieldProblems(field: TField): Record<string, string> {
  const problems = problemsByPath(field, ZField.safeParse(field).error?.issues ?? []);
  for (const bound of fieldBoundsProblems(field)) problems[`validation.${bound.at}`] ??= `${bound.message.charAt(0).toUpperCase()}${bound.message.slice(1)}.`;
  return problems;
}

/** One end screen's problems by field ("title", "url"): "The web address is not valid: Use an http(s) address." */
export function outcomeProblems(outcome: TOutcome): Record<string, string> {
  return problemsByPath(outcome, ZOutcome.safeParse(outcome).error?.issues ?? []);
}

function problemsByPath(root: unknown, issues: readonly TSchemaIssue[]): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".");
    const sentence = `${subjectOf(issue.path)} ${whatIsWrong(issue, valueAt(root, issue.path))}.`;
    problems[key] ??= sentence.charAt(0).toUpperCase() + sentence.slice(1);
  }
  return problems;
}

/**
 * A problem publishing will refuse, shown before publishing: every lead would land in the floor
 * tier (no answers can earn the lowest tier's minimum). The server's own message and path.
 */
export function scoringPublishProblem(state: TEditorState): { message: string; path: string } | null {
  return floorOnlyMessage({ definition: state.definition }, state.scoring);
}
