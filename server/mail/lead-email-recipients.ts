// Lead emails (rep alerts, review requests: a lead's contact details and answers) go only to
// members of the lead's workspace. Checked when the email is delivered, not only when it was
// written: a member removed after an alert was stored (a retry, an SLA reminder hours later)
// never receives it. The email is then marked SKIPPED with the reason; nothing is logged about
// the person.
import { Prisma } from "../db/generated/client";
import type { TRawSql } from "../db/raw-sql";

export const LEAD_EMAIL_TEMPLATES: ReadonlySet<string> = new Set(["rep-alert", "review-request", "booking-invite-rep", "booking-time-request"]);

export const NOT_A_MEMBER = "Not sent: the recipient is no longer a member of the workspace";

/** Why this email must not be delivered, or null when it may. */
export async function leadEmailRefusal(db: Pick<TRawSql, "$queryRaw">, email: { template: string; workspaceId: string | null; to: readonly string[] }): Promise<string | null> {
  if (!LEAD_EMAIL_TEMPLATES.has(email.template)) return null;
  if (!email.workspaceId) return "Not sent: a lead email without a workspace";
  const to = email.to.map((address) => address.toLowerCase());
  if (to.length === 0) return null;
  // One statement: the members of the workspace among the recipients (an email is one user whatever its case).
  const members = await db.$queryRaw<{ email: string }[]>`
    SELECT lower(u."email") AS "email" FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
     WHERE m."workspaceId" = ${email.workspaceId} AND lower(u."email") IN (${Prisma.join(to)})`;
  const memberEmails = new Set(members.map((m) => m.email));
  return to.every((address) => memberEmails.has(address)) ? null : NOT_A_MEMBER;
}
