// Who cancelled a meeting, from its "booking_cancelled" lead event (`by`: "prospect", "api" or
// "rep:<userId>", the member — the meeting's rep or a manager — named): for the cancellation emails
// and the prospect's cancel page.
import type { Db, DbTx } from "../../db/client";
import type { TCancelledBy } from "../../mail/templates/booking-invite";

export type TCancelledByRef = { kind: "prospect" } | { kind: "api" } | { kind: "member"; userId: string; name: string };

export async function cancelledByOf(db: Db | DbTx, booking: { id: string; leadId: string }): Promise<TCancelledByRef | null> {
  const event = await db.leadEvent.findFirst({
    where: { leadId: booking.leadId, type: "booking_cancelled", data: { path: ["bookingId"], equals: booking.id } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { data: true },
  });
  const by = (event?.data as { by?: unknown } | null)?.by;
  if (typeof by !== "string") return null;
  if (by === "prospect") return { kind: "prospect" };
  if (!by.startsWith("rep:")) return { kind: "api" };
  const user = await db.user.findUnique({ where: { id: by.slice(4) }, select: { id: true, name: true, email: true } });
  return user ? { kind: "member", userId: user.id, name: user.name ?? user.email } : null;
}

/** As the member with `recipientUserId` (null: the prospect) reads it. */
export function cancelledByFor(by: TCancelledByRef | null, recipientUserId: string | null): TCancelledBy | null {
  if (!by || by.kind !== "member") return by;
  return { kind: "member", name: by.name, isRecipient: by.userId === recipientUserId };
}

/** The cancel page's line (the prospect reads it): who cancelled, and that the other side knows. */
export function cancelledPageLine(by: TCancelledByRef | null, repName: string): string {
  if (by?.kind === "prospect") return `You cancelled it; ${repName} has been told.`;
  if (by?.kind === "member") return `${by.name} cancelled it.`;
  if (by?.kind === "api") return "It was cancelled by our team.";
  return `${repName} has been told.`;
}
