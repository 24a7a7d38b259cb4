// The marketing consent of a lead the intake has just built, decided from that lead in memory —
// its answers (after the form's logic), the API's explicit consent among its events, the form's
// consent questions from the per-process cache of parsed versions (warm: the intake has just read
// that version) — BEFORE the routing lock. A nurture enrolment under the lock then reads nothing
// of the lead (services/nurture/enrollment.ts); the definition is domain/nurture/marketing-consent.ts's.
import type { TRawSql } from "../../db/raw-sql";
import type { TLeadDraft } from "../../domain/leads/build-lead";
import { explicitConsentOf, marketingConsentOf, type TMarketingConsent } from "../../domain/nurture/marketing-consent";
import { parsedFormVersion } from "../forms/form-version-cache";

export async function intakeMarketingConsent(sql: Pick<TRawSql, "$queryRaw">, lead: Pick<TLeadDraft, "formVersionId" | "answers" | "events">): Promise<TMarketingConsent> {
  const form = lead.formVersionId ? await parsedFormVersion(sql, lead.formVersionId) : null;
  return marketingConsentOf({ definition: form?.definition ?? null, answers: lead.answers, explicit: explicitConsentOf(lead.events) });
}
