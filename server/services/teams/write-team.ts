// Create, rename/describe and (de)activate teams. Each edit that changes the routing document
// moves its published version (routing-document-version.ts); `userId` is its author.
import type { Db } from "../../db/client";
import { type TTeamFormValues, ZTeamInput } from "../../domain/reps/team-input";
import { editRoutingRoster, quoted } from "../routing/routing-document-version";
import { isUniqueViolation, parseInput } from "../reps/parse-input";
import { duplicateNameError, hasTeamNamed, loadTeamOrThrow } from "./team-records";

export async function createTeam(db: Db, workspaceId: string, rawInput: TTeamFormValues, userId: string | null = null): Promise<{ id: string }> {
  const input = parseInput(ZTeamInput, rawInput);
  if (await hasTeamNamed(db, workspaceId, input.name)) throw duplicateNameError();
  try {
    return await db.$transaction((tx) =>
      editRoutingRoster(tx, { workspaceId, userId, note: `Team ${quoted(input.name)} created in the dashboard` }, () =>
        tx.team.create({ data: { workspaceId, name: input.name, description: input.description }, select: { id: true } }),
      ),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateNameError();
    throw error;
  }
}

export async function updateTeam(db: Db, workspaceId: string, teamId: string, rawInput: TTeamFormValues, userId: string | null = null): Promise<{ id: string }> {
  const team = await loadTeamOrThrow(db, workspaceId, teamId);
  const input = parseInput(ZTeamInput, rawInput);
  if (await hasTeamNamed(db, workspaceId, input.name, team.id)) throw duplicateNameError();
  try {
    await db.$transaction((tx) =>
      editRoutingRoster(tx, { workspaceId, userId, note: `Team ${quoted(input.name)} edited in the dashboard` }, () =>
        tx.team.update({ where: { id: team.id }, data: { name: input.name, description: input.description } }),
      ),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateNameError();
    throw error;
  }
  return { id: team.id };
}

/** An inactive team keeps its members but is not used as a routing pool. */
export async function setTeamActive(db: Db, workspaceId: string, teamId: string, isActive: boolean, userId: string | null = null): Promise<{ id: string; isActive: boolean }> {
  const team = await loadTeamOrThrow(db, workspaceId, teamId);
  if (team.isActive !== isActive) {
    const note = `Team ${quoted(team.name)} ${isActive ? "reactivated" : "deactivated"} in the dashboard`;
    await db.$transaction((tx) => editRoutingRoster(tx, { workspaceId, userId, note }, () => tx.team.update({ where: { id: team.id }, data: { isActive } })));
  }
  return { id: team.id, isActive };
}
