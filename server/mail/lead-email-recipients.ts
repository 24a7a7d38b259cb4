// Lead emails (rep alerts, review requests: a lead's contact details and answers) go only to
// members of the lead's workspace. Checked when the email is delivered, not only when it was
// written: a member removed after an alert was stored (a retry, an SLA reminder hours later)
// never receives it. The email is then marked SKIPPED with the reason; nothing is logged about
// the person.
import { Prisma } from "../db/generated/client";
import type { TRawSql } from "../db/raw-sql";

export const LEAD_EMAIL_TEMPLATES: ReadonlySet<string> = new Set(["rep-alert", "review-request", "booking-invite-rep", "booking-time-request"]);

export const NOT_A_MEMBER = "Not sent: the recipient is no longer a member of the workspace";

type TLeadEmail = { template: string; workspaceId: string | null; to: readonly string[] };

/** Why this email must not be delivered, or null when it may. */
export async function leadEmailRefusal(db: Pick<TRawSql, "$queryRaw">, email: TLeadEmail): Promise<string | null> {
  const column = memberRecipientsColumn(email);
  if (!column) return refusalOfMemberRecipients(email, null);
  const [row] = await db.$queryRaw<{ memberRecipients: number }[]>`SELECT ${column}`;
  return refusalOfMemberRecipients(email, row?.memberRecipients ?? 0);
}

const recipientsOf = (email: TLeadEmail) => [...new Set(email.to.map((address) => address.toLowerCase()))];

/**
 * How many of the recipients are members of the email's workspace (an email is one user whatever
 * its case), as a column "memberRecipients" of the caller's statement: what storeEmail's insert
 * returns, so a rep alert delivered right after it is stored is not checked in a statement of its
 * own. Null when the email needs no check.
 */
export function memberRecipientsColumn(email: TLeadEmail): Prisma.Sql | null {
  const to = recipientsOf(email);
  if (!LEAD_EMAIL_TEMPLATES.has(email.template) || !email.workspaceId || to.length === 0) return null;
  return Prisma.sql`(SELECT count(DISTINCT lower(u."email"))::int FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
     WHERE m."workspaceId" = ${email.workspaceId} AND lower(u."email") IN (${Prisma.join(to)})) AS "memberRecipients"`;
}

/** The refusal, given that count (null: the email needed no count). */
export function refusalOfMemberRecipients(email: TLeadEmail, memberRecipients: number | null): string | null {
  if (!LEAD_EMAIL_TEMPLATES.has(email.template)) return null;
  if (!email.workspaceId) return "Not sent: a lead email without a workspace";
  const to = recipientsOf(email);
  if (to.length === 0) return null;
  return memberRecipients === to.length ? null : NOT_A_MEMBER;
}
