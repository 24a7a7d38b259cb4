// recordLeadOutcome in a transaction of its own, for transports (the inbox, the lead page, the
// REST API): starts the webhook queue first (PGlite is one connection), and answers a race on the
// same externalId (two deliveries of one CRM event at once) with the first recording.
import type { Db } from "../../db/client";
import { recordLeadOutcome, type TRecordOutcomeDeps } from "./record-lead-outcome";
import type { TRecordOutcomeInput, TRecordOutcomeResult } from "./outcome-types";

const isUniqueViolation = (error: unknown): boolean => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

export async function recordOutcome(db: Db, input: TRecordOutcomeInput, deps: TRecordOutcomeDeps = {}): Promise<TRecordOutcomeResult> {
  await deps.webhooks?.start();
  try {
    return await db.$transaction((tx) => recordLeadOutcome(tx, input, deps));
  } catch (error) {
    if (!input.externalId || !isUniqueViolation(error)) throw error;
    return db.$transaction((tx) => recordLeadOutcome(tx, input, deps));
  }
}
