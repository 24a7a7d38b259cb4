// Create, rename/describe and (de)activate teams.
import type { Db } from "../../db/client";
import { type TTeamFormValues, ZTeamInput } from "../../domain/reps/team-input";
import { isUniqueViolation, parseInput } from "../reps/parse-input";
import { duplicateNameError, hasTeamNamed, loadTeamOrThrow } from "./team-records";

export async function createTeam(db: Db, workspaceId: string, rawInput: TTeamFormValues): Promise<{ id: string }> {
  const input = parseInput(ZTeamInput, rawInput);
  if (await hasTeamNamed(db, workspaceId, input.name)) throw duplicateNameError();
  try {
    return await db.team.create({ data: { workspaceId, name: input.name, description: input.description }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateNameError();
    throw error;
  }
}

export async function updateTeam(db: Db, workspaceId: string, teamId: string, rawInput: TTeamFormValues): Promise<{ id: string }> {
  const team = await loadTeamOrThrow(db, workspaceId, teamId);
  const input = parseInput(ZTeamInput, rawInput);
  if (await hasTeamNamed(db, workspaceId, input.name, team.id)) throw duplicateNameError();
  try {
    await db.team.update({ where: { id: team.id }, data: { name: input.name, description: input.description } });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateNameError();
    throw error;
  }
  return { id: team.id };
}

/** An inactive team keeps its members but is not used as a routing pool. */
export async function setTeamActive(db: Db, workspaceId: string, teamId: string, isActive: boolean): Promise<{ id: string; isActive: boolean }> {
  const team = await loadTeamOrThrow(db, workspaceId, teamId);
  if (team.isActive !== isActive) await db.team.update({ where: { id: team.id }, data: { isActive } });
  return { id: team.id, isActive };
}
