// A lead's time zone as sent by its source (POST /api/v1/leads `timeZone`, a submission's
// `context.timeZone`, routing/test's `lead.timeZone`). It is metadata: a lead is never refused
// for it. An IANA name is taken in any letter case and stored as the runtime spells it
// ("europe/berlin" → "Europe/Berlin", "asia/kolkata" → "Asia/Kolkata", "US/Eastern" →
// "America/New_York"); an unknown one is
// dropped (the lead kept without a zone) with a warning at its path. Pure.
import { canonicalTimeZone, isValidTimeZone, LEGACY_ZONE_NAMES, ZONE_NAME_SHAPE } from "../reps/time-zone";
import type { TRequestIssue } from "../validation/request-issues";

export const UNKNOWN_LEAD_TIME_ZONE_MESSAGE = "Unknown time zone: the lead is kept without one (use an IANA name such as Europe/Berlin)";

const CURRENT_NAMES = new Map(Object.values(LEGACY_ZONE_NAMES).map((name) => [name.toLowerCase(), name]));

/** The IANA name `text` means, in its canonical spelling; null when the runtime knows no such zone. */
export function resolveLeadTimeZone(text: string): string | null {
  const name = text.trim();
  if (name.length > 64 || !ZONE_NAME_SHAPE.test(name)) return null;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
  // A current name the runtime resolves to its old one ("asia/kolkata" → "Asia/Calcutta"): the current name.
  const current = CURRENT_NAMES.get(name.toLowerCase());
  if (current && isValidTimeZone(current)) return current;
  // Any other name (a link such as "US/Eastern" too) as the runtime resolves it, renamed zones under their current names.
  return isValidTimeZone(resolved) ? canonicalTimeZone(resolved) : null;
}

/** The zone a lead stores and the warning at `path` when one was sent but is unknown. */
export function leadTimeZone(sent: string | undefined | null, path: string): { timeZone: string | null; warnings: TRequestIssue[] } {
  if (sent === undefined || sent === null) return { timeZone: null, warnings: [] };
  const timeZone = resolveLeadTimeZone(sent);
  return { timeZone, warnings: timeZone === null ? [{ path, message: UNKNOWN_LEAD_TIME_ZONE_MESSAGE }] : [] };
}
