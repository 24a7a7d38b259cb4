// ZSequenceDefinition: a nurture sequence as ordered steps — email (subject and a Markdown body
// with merge fields), wait (hours, days or business days, optionally sent at a local morning
// hour in the lead's zone) and end. One schema for the editor, the tRPC router and the JSON
// columns (NurtureSequence.draft, NurtureSequenceVersion.definition). The body is Markdown we
// parse into our own blocks (markdown-blocks.ts): no user HTML is ever rendered.
import { z } from "zod";
import { unknownMergeFields } from "./merge-fields";

const ZStepId = z.string().trim().min(1).max(40);

export const ZEmailStep = z.object({
  id: ZStepId,
  type: z.literal("email"),
  subject: z.string().trim().min(1, "Give the email a subject").max(200),
  /** Markdown: paragraphs, headings, lists, **bold**, _italic_, [links](https://…). */
  body: z.string().min(1, "Write the email's body").max(20_000),
});

export const WAIT_UNITS = ["hours", "days", "business_days"] as const;
export type TWaitUnit = (typeof WAIT_UNITS)[number];

export const ZWaitStep = z.object({
  id: ZStepId,
  type: z.literal("wait"),
  amount: z.number().int().min(1, "Wait at least 1").max(365),
  unit: z.enum(WAIT_UNITS),
  /** Days and business days: send at this hour (0–23) in the lead's zone; null = the same time of day. */
  sendAtHour: z.number().int().min(0).max(23).nullable().default(null),
});

export const ZEndStep = z.object({ id: ZStepId, type: z.literal("end") });

export const ZSequenceStep = z.discriminatedUnion("type", [ZEmailStep, ZWaitStep, ZEndStep]);
export type TSequenceStep = z.output<typeof ZSequenceStep>;
export type TEmailStep = z.output<typeof ZEmailStep>;
export type TWaitStep = z.output<typeof ZWaitStep>;

export const ZSequenceDefinition = z
  .object({ steps: z.array(ZSequenceStep).max(50, "At most 50 steps") })
  .superRefine((def, ctx) => {
    const seen = new Set<string>();
    def.steps.forEach((step, i) => {
      if (seen.has(step.id)) ctx.addIssue({ code: "custom", path: ["steps", i, "id"], message: `Step id "${step.id}" is used twice` });
      seen.add(step.id);
      if (step.type === "email") {
        for (const [field, text] of [["subject", step.subject], ["body", step.body]] as const) {
          const unknown = unknownMergeFields(text);
          if (unknown.length > 0) ctx.addIssue({ code: "custom", path: ["steps", i, field], message: `Unknown merge field ${unknown.map((f) => `{{${f}}}`).join(", ")}` });
        }
      }
      if (step.type === "end" && i !== def.steps.length - 1) ctx.addIssue({ code: "custom", path: ["steps", i], message: "End is the last step" });
    });
  });
export type TSequenceDefinition = z.output<typeof ZSequenceDefinition>;

/** What publishing needs beyond the schema: at least one email. Field errors with dotted paths. */
export function publishIssues(def: TSequenceDefinition): { path: string; message: string }[] {
  return def.steps.some((s) => s.type === "email") ? [] : [{ path: "steps", message: "Add at least one email step before publishing" }];
}

export const EMPTY_SEQUENCE: TSequenceDefinition = { steps: [] };
