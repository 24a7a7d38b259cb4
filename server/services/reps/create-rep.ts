// New rep profile for an existing workspace member who works leads (a Marketer's is refused: it
// would start active, lead-worker-check.ts): load → decide → save in one transaction, the role
// checked under the routing config lock that changing a role takes (neither slips past the other).
import type { Db } from "../../db/client";
import { type TRepCreateFormValues, ZRepCreateInput } from "../../domain/reps/rep-profile-input";
import { AppError, validationError } from "../../errors";
import { editRoutingRoster, quoted } from "../routing/routing-document-version";
import { lockRoutingConfig } from "../routing/routing-settings";
import { refuseMemberWhoCannotWorkLeads } from "./lead-worker-check";
import { isUniqueViolation, parseInput } from "./parse-input";
import { toProfileColumns } from "./profile-data";
import { repDisplayName } from "./rep-records";

const ALREADY_A_REP = { path: "userId", message: "This member already has a rep profile" };

export async function createRep(db: Db, workspaceId: string, rawInput: TRepCreateFormValues, userId: string | null = null): Promise<{ id: string }> {
  const input = parseInput(ZRepCreateInput, rawInput);
  try {
    return await db.$transaction(async (tx) => {
      await lockRoutingConfig(tx, workspaceId);
      const membership = await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId: input.userId } }, select: { id: true } });
      if (!membership) throw new AppError("NOT_FOUND", "Workspace member not found.", [{ path: "userId", message: "Not a member of this workspace" }]);
      const existing = await tx.repProfile.findUnique({ where: { workspaceId_userId: { workspaceId, userId: input.userId } }, select: { id: true } });
      if (existing) throw validationError([ALREADY_A_REP]);
      await refuseMemberWhoCannotWorkLeads(tx, workspaceId, input.userId, "userId");
      // The document changes (a new rep): the published version moves (routing-document-version.ts).
      const note = `Rep ${quoted(await repDisplayName(tx, input.userId))} created in the dashboard`;
      return editRoutingRoster(tx, { workspaceId, userId, note }, async () => {
        const rep = await tx.repProfile.create({
          data: { workspaceId, userId: input.userId, ...toProfileColumns(input) },
          select: { id: true },
        });
        if (input.timeOff.length > 0) {
          await tx.repTimeOff.createMany({
            data: input.timeOff.map((p) => ({ repId: rep.id, startsAt: p.startsAt, endsAt: p.endsAt, note: p.note })),
          });
        }
        return rep;
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw validationError([ALREADY_A_REP]);
    throw error;
  }
}
