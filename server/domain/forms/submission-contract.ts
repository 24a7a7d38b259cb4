// The public submission API's request and response bodies (POST /api/v1/forms/{slug}/submissions).
// Shared by the hosted page, the embed and the route handler.
import { z } from "zod";
import { HONEYPOT_FIELD } from "./honeypot";
import { SUBMISSION_SOURCES } from "./submission-source";

export { HONEYPOT_FIELD };

export const MAX_SUBMISSION_BYTES = 64 * 1024;
/** A submission faster than this after the form was opened is treated as a bot. */
export const MIN_FILL_TIME_MS = 3000;

export const ZSubmissionRequest = z
  .object({
    /** Field key → value, including hidden fields (utm_source …) captured from the page URL. */
    answers: z.record(z.string(), z.unknown()),
    context: z
      .object({
        /** When the prospect opened the form (ISO time), for the minimum fill time. */
        startedAt: z.iso.datetime({ offset: true }).optional(),
        /** Milliseconds from opening the form to submitting, measured by the browser's own clock
         *  (preferred over startedAt: immune to a visitor's clock being off). */
        fillTimeMs: z.number().int().min(0).max(30 * 24 * 3600 * 1000).optional(),
        pageUrl: z.string().max(2000).optional(),
        referrer: z.string().max(2000).optional(),
        /** Where the form was filled: the hosted page, an embed, or another integration ("public_api",
         *  also when left out). "api" belongs to API-key leads: here it is recorded as "public_api"
         *  with a warning (submission-source.ts). */
        source: z
          .enum(SUBMISSION_SOURCES)
          .optional()
          .describe('Where the form was filled: "hosted", "embed", or "public_api" (the default). "api" is for API-key leads: recorded as "public_api" with a warning'),
        /** The prospect's IANA time zone (Intl.DateTimeFormat().resolvedOptions().timeZone). */
        timeZone: z.string().min(1).max(64).optional(),
      })
      .strict()
      .optional(),
    /** The honeypot's value; people leave it empty. */
    [HONEYPOT_FIELD]: z.string().max(500).optional(),
  })
  .strict();
export type TSubmissionRequest = z.infer<typeof ZSubmissionRequest>;

export type TSubmissionOutcome =
  | { type: "message"; title: string; body: string }
  | { type: "redirect"; url: string }
  | { type: "booking"; title: string; body: string };

export interface TSubmissionResponse {
  leadId: string;
  outcome: TSubmissionOutcome;
  /** Answers kept on the lead as not applicable (hidden by the form's logic, unknown keys), by path. */
  warnings?: { path: string; message: string }[];
  /** With a booking end screen and a rep to book with: the signed, lead-bound, expiring token of the booking API. */
  booking?: { token: string; expiresAt: string };
}

export interface TApiErrorBody {
  error: { code: string; message: string; details: { path: string; message: string }[] };
}
