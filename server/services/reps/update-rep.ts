// Edit a rep profile and its out-of-office periods: load → decide → save in one transaction. An
// edit that changes the routing document moves its published version (routing-document-version.ts).
import type { Db } from "../../db/client";
import { type TRepProfileFormValues, ZRepProfileInput } from "../../domain/reps/rep-profile-input";
import { planTimeOffChanges } from "../../domain/reps/time-off";
import { validationError } from "../../errors";
import { parseInput } from "./parse-input";
import { toProfileColumns } from "./profile-data";
import { editRoutingRoster, quoted } from "../routing/routing-document-version";
import { loadRepOrThrow, repDisplayName } from "./rep-records";

export async function updateRep(db: Db, workspaceId: string, repId: string, rawInput: TRepProfileFormValues, userId: string | null = null): Promise<{ id: string }> {
  const rep = await loadRepOrThrow(db, workspaceId, repId);
  const input = parseInput(ZRepProfileInput, rawInput);
  const plan = planTimeOffChanges(
    rep.timeOff.map((p) => p.id),
    input.timeOff,
  );
  if (plan.unknownIndexes.length > 0) {
    throw validationError(plan.unknownIndexes.map((i) => ({ path: `timeOff.${i}.id`, message: "This period no longer exists; reload the page" })));
  }
  await db.$transaction(async (tx) => {
    const note = `Rep ${quoted(await repDisplayName(tx, rep.userId))} edited in the dashboard`;
    await editRoutingRoster(tx, { workspaceId, userId, note }, async () => {
      await tx.repProfile.update({ where: { id: rep.id }, data: toProfileColumns(input) });
      if (plan.deleteIds.length > 0) await tx.repTimeOff.deleteMany({ where: { repId: rep.id, id: { in: plan.deleteIds } } });
      for (const period of plan.update) {
        await tx.repTimeOff.updateMany({
          where: { id: period.id, repId: rep.id },
          data: { startsAt: period.startsAt, endsAt: period.endsAt, note: period.note },
        });
      }
      if (plan.create.length > 0) await tx.repTimeOff.createMany({ data: plan.create.map((p) => ({ ...p, repId: rep.id })) });
    });
  });
  return { id: rep.id };
}
