// Nurture events on a lead's timeline → a title and a detail line (names are snapshots in the
// event: the sequence's name, the email's subject), and the lead page's unsubscribe notice. Pure.
/** The same shape as event-text's TEventText (which calls this module). */
type TEventText = { title: string; detail: string | null };
type TData = Record<string, unknown>;

const str = (d: TData, key: string): string | null => (typeof d[key] === "string" && d[key] !== "" ? (d[key] as string) : null);

const NURTURE_EXITS: Record<string, string> = {
  booked: "a meeting was booked",
  routed_to_sales: "a new submission went to sales",
  unsubscribed: "unsubscribed",
  bounced: "the email bounced",
  complained: "marked as spam",
  rep_took: "a rep took the lead",
  ended: "the sequence ended",
  graduated: "graduated to sales",
};

const NOT_ENROLLED: Record<string, string> = {
  no_sequence: "no default sequence in nurture settings",
  sequence_not_published: "the sequence is not published",
  already_enrolled: "the person is already in a sequence (counted as a return submission)",
};

/** Why there was no marketing consent (domain/nurture/marketing-consent.ts), by the event's consentVia. */
const NO_CONSENT: Record<string, string> = {
  none: "no marketing consent: no consent question of the form was ticked",
  api: "no marketing consent: the API sent consent.marketing false",
};

function notEnrolledDetail(d: TData): string | null {
  const reason = str(d, "reason") ?? "";
  if (reason === "no_marketing_consent") return NO_CONSENT[str(d, "consentVia") ?? ""] ?? "no marketing consent";
  return NOT_ENROLLED[reason] ?? null;
}

/** "consent: the form's question guide_consent" — what an enrolment's consent rests on, when the event says. */
function consentBasis(d: TData): string | null {
  const c: TData = d.consent && typeof d.consent === "object" && !Array.isArray(d.consent) ? (d.consent as TData) : {};
  if (c.via === "api") return "marketing consent from the API";
  if (c.via === "form_question") return `marketing consent: form question ${str(c, "fieldKey") ?? ""}`.trim();
  return null;
}

/** After a suppression: the lead's own event when its enrolment had already ended. */
const SUPPRESSED_TITLES: Record<string, string> = {
  nurture_unsubscribed: "Unsubscribed from nurture emails",
  nurture_bounced: "A nurture email bounced",
  nurture_complained: "Marked a nurture email as spam",
};

/** "From “Still exploring?” (Founders)": the email a suppression came from, when the event names it. */
function fromEmail(d: TData): string | null {
  const subject = str(d, "subject");
  if (!subject) return null;
  const sequence = str(d, "sequenceName");
  return `From “${subject}”${sequence ? ` (${sequence})` : ""}`;
}

export function describeNurtureEvent(type: string, d: TData): TEventText | null {
  switch (type) {
    case "nurture_enrolled": {
      const name = str(d, "sequenceName");
      const version = [typeof d.version === "number" ? `version ${d.version}` : null, consentBasis(d)].filter(Boolean).join(" · ") || null;
      return name ? { title: `Enrolled in the nurture sequence ${name}`, detail: version } : { title: "Enrolled in a nurture sequence", detail: version };
    }
    case "nurture_not_enrolled":
      return { title: "Not enrolled in nurture", detail: notEnrolledDetail(d) };
    case "nurture_consent":
      return { title: d.marketing === true ? "Marketing consent given" : "Marketing consent refused", detail: d.via === "api" ? "sent with the lead through the API" : null };
    case "nurture_email_sent":
      return { title: `Nurture email sent: ${str(d, "subject") ?? ""}`, detail: str(d, "sequenceName") };
    case "nurture_engaged":
      return { title: `Nurture engagement: ${String(d.engagement ?? "").replace(/_/g, " ")} (+${String(d.points ?? 0)} intent)`, detail: `intent ${String(d.intentPoints ?? 0)}, score with intent ${String(d.total ?? "")}` };
    case "nurture_exited": {
      const graduated = d.engagement ? `after a ${String(d.engagement).replace(/_/g, " ")} (+${String(d.points ?? 0)} intent)` : null;
      return { title: `Left the nurture sequence: ${NURTURE_EXITS[str(d, "reason") ?? ""] ?? str(d, "reason") ?? ""}`, detail: graduated ?? fromEmail(d) };
    }
    case "nurture_unsubscribed":
    case "nurture_bounced":
    case "nurture_complained":
      return { title: SUPPRESSED_TITLES[type]!, detail: fromEmail(d) };
    default:
      return null;
  }
}

export interface TUnsubscribeNotice {
  at: Date;
  /** The email's subject and sequence, when the event names them. */
  subject: string | null;
  sequenceName: string | null;
}

/** The lead's latest unsubscribe (during a sequence, or after it ended), for the lead page; null if none. */
export function unsubscribeNotice(events: readonly { type: string; data: unknown; createdAt: Date }[]): TUnsubscribeNotice | null {
  let found: TUnsubscribeNotice | null = null;
  for (const e of events) {
    const d: TData = e.data && typeof e.data === "object" && !Array.isArray(e.data) ? (e.data as TData) : {};
    const isUnsubscribe = e.type === "nurture_unsubscribed" || (e.type === "nurture_exited" && d.reason === "unsubscribed");
    if (isUnsubscribe && (!found || e.createdAt >= found.at)) found = { at: e.createdAt, subject: str(d, "subject"), sequenceName: str(d, "sequenceName") };
  }
  return found;
}
