// The profile a REP gets on accepting an invite: Mon–Fri 09:00–17:00 in their time zone, weight 1,
// active. Runs inside the caller's transaction; idempotent (returns the existing profile). A new
// profile moves the routing document's published version (routing-document-version.ts).
import type { DbTx } from "../../db/client";
import { isValidTimeZone } from "../../domain/reps/time-zone";
import { defaultWeeklyHours } from "../../domain/reps/working-hours";
import { editRoutingRoster, quoted } from "../routing/routing-document-version";
import { repDisplayName } from "./rep-records";

export async function createDefaultRepProfile(
  tx: DbTx,
  args: { workspaceId: string; userId: string; timeZone: string },
): Promise<{ id: string; isNew: boolean }> {
  const existing = await tx.repProfile.findUnique({
    where: { workspaceId_userId: { workspaceId: args.workspaceId, userId: args.userId } },
    select: { id: true },
  });
  if (existing) return { id: existing.id, isNew: false };
  // A browser may report a zone this runtime does not know: fall back to UTC (editable later).
  const timeZone = isValidTimeZone(args.timeZone) ? args.timeZone : "UTC";
  const note = `Rep ${quoted(await repDisplayName(tx, args.userId))} joined the workspace`;
  const rep = await editRoutingRoster(tx, { workspaceId: args.workspaceId, userId: args.userId, note }, () =>
    tx.repProfile.create({
      data: {
        workspaceId: args.workspaceId,
        userId: args.userId,
        timeZone,
        workingHours: defaultWeeklyHours(),
        routingWeight: 1,
        isActive: true,
      },
      select: { id: true },
    }),
  );
  return { id: rep.id, isNew: true };
}
