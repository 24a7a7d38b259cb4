// The prospect's preferred time when nobody has a slot soon (the slots answer said canRequestTime):
// a "time_requested" event on the lead and an email to the owner, in one transaction. Once per
// lead: a second request changes nothing. The note is the prospect's words, kept as text.
import type { Db } from "../../db/client";
import { AppError, validationError } from "../../errors";
import { sendEmail } from "../../mail/send-email";
import type { TFollowUpDeps } from "../routing/follow-up-jobs";

export const MAX_NOTE_LENGTH = 500;

export async function requestPreferredTime(db: Db, deps: Pick<TFollowUpDeps, "queue" | "appUrl" | "mail">, input: { workspaceId: string; leadId: string; note: string; now: Date }): Promise<{ isNew: boolean }> {
  const note = input.note.trim();
  if (!note || note.length > MAX_NOTE_LENGTH) throw validationError([{ path: "note", message: `Write when would suit you (at most ${MAX_NOTE_LENGTH} characters)` }]);
  const lead = await db.lead.findFirst({
    where: { id: input.leadId, workspaceId: input.workspaceId },
    select: { id: true, contactName: true, contactCompany: true, person: { select: { email: true, name: true } }, ownerRep: { select: { user: { select: { name: true, email: true } } } }, events: { where: { type: "time_requested" }, select: { id: true }, take: 1 } },
  });
  if (!lead) throw new AppError("NOT_FOUND", "Lead not found");
  if (lead.events.length > 0) return { isNew: false };
  const owner = lead.ownerRep?.user;
  const name = lead.contactName ?? lead.person?.name ?? lead.person?.email ?? "A prospect";
  const leadLabel = lead.contactCompany ? `${name} (${lead.contactCompany})` : name;
  await deps.queue.start();
  await db.$transaction(async (tx) => {
    await tx.leadEvent.create({ data: { leadId: lead.id, workspaceId: input.workspaceId, type: "time_requested", data: { note }, createdAt: input.now } });
    if (owner) {
      await sendEmail(
        tx,
        { to: owner.email, workspaceId: input.workspaceId, dedupeKey: `time-request:${lead.id}`, template: { name: "booking-time-request", props: { repName: owner.name ?? owner.email, leadLabel, note, leadUrl: `${deps.appUrl}/leads/${lead.id}` } } },
        { queue: deps.queue, config: deps.mail },
      );
    }
  });
  return { isNew: true };
}
