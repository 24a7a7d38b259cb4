// Our own condition format, shared by form logic, scoring rules and (later) routing paths:
// nested AND/OR groups of rules; a rule compares one referenced value with an operator.
// References are plain strings resolved by the caller (a form field key, or "score.total" …).
import { z } from "zod";

export const OPERATORS = [
  "equals",
  "not_equals",
  "is_any_of",
  "is_none_of",
  "contains",
  "starts_with",
  "gt",
  "gte",
  "lt",
  "lte",
  "between",
  "is_empty",
  "is_not_empty",
  "is_work_email",
  "is_free_email",
] as const;
export type TOperator = (typeof OPERATORS)[number];

/** Operators that take no value. */
export const UNARY_OPERATORS: readonly TOperator[] = ["is_empty", "is_not_empty", "is_work_email", "is_free_email"];
/** Operators whose value is a list. */
export const LIST_OPERATORS: readonly TOperator[] = ["is_any_of", "is_none_of"];

export const OPERATOR_LABELS: Record<TOperator, string> = {
  equals: "is",
  not_equals: "is not",
  is_any_of: "is any of",
  is_none_of: "is none of",
  contains: "contains",
  starts_with: "starts with",
  gt: "is greater than",
  gte: "is at least",
  lt: "is less than",
  lte: "is at most",
  between: "is between",
  is_empty: "is empty",
  is_not_empty: "is not empty",
  is_work_email: "is a work email",
  is_free_email: "is a free-mail address",
};

export const ZScalar = z.union([z.string().max(2000), z.number().finite(), z.boolean()]);
export type TScalar = z.infer<typeof ZScalar>;

export const ZConditionRule = z.object({
  kind: z.literal("rule"),
  /** What to compare: a form field key, or a namespaced reference such as "score.total". */
  ref: z.string().min(1).max(120),
  operator: z.enum(OPERATORS, { error: (issue) => `Unknown operator${typeof issue.input === "string" ? ` "${issue.input}"` : ""}: use one of ${OPERATORS.join(", ")}` }),
  /** Scalar for comparisons, list for is_any_of/is_none_of, [min, max] for between; absent for unary operators. */
  value: z.union([ZScalar, z.array(ZScalar).max(200)]).optional(),
});
export type TConditionRule = z.infer<typeof ZConditionRule>;

export type TConditionGroup = { kind: "group"; op: "and" | "or"; conditions: TCondition[] };
export type TCondition = TConditionRule | TConditionGroup;

/** The group's object schema (made inside z.lazy: it refers to ZCondition). */
const conditionGroupObject = () => z.object({ kind: z.literal("group"), op: z.enum(["and", "or"]), conditions: z.array(ZCondition).max(50) });

export const ZConditionGroup: z.ZodType<TConditionGroup> = z.lazy(conditionGroupObject);
// Discriminated by `kind`, so that a problem inside a rule is reported at its own path
// ("….conditions.0.operator") rather than as an invalid condition.
// Nesting is capped before the recursive parse: a body of groups ~800 deep overflowed the stack (a 500).
export const ZCondition: z.ZodType<TCondition> = z.lazy(() =>
  z
    .unknown()
    .check((ctx) => {
      if (nestsDeeperThan(ctx.value, MAX_CONDITION_DEPTH)) ctx.issues.push({ code: "custom", message: `Conditions can nest at most ${MAX_CONDITION_DEPTH} groups deep`, input: ctx.value });
    })
    .pipe(z.discriminatedUnion("kind", [ZConditionRule, conditionGroupObject()])),
);

/** How many groups deep a condition may nest (a group in a group … ). */
export const MAX_CONDITION_DEPTH = 16;

/** Whether groups inside `value` nest deeper than `limit` (walked without recursion, stops at the limit). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > limit) return true;
    const next: unknown[] = [];
    for (const node of level) {
      const conditions = (node as { conditions?: unknown } | null)?.conditions;
      if (Array.isArray(conditions)) next.push(...conditions);
    }
    level = next;
  }
  return false;
}

/** A value a reference resolves to: an answer (string, number, boolean, list of strings) or nothing. */
export type TResolvedValue = string | number | boolean | string[] | null | undefined;
export type TResolve = (ref: string) => TResolvedValue;
