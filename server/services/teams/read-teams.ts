// Teams of a workspace with their members (reps), for the list and the team page.
import type { DbTx } from "../../db/client";
import { AppError } from "../../errors";

export interface TTeamMemberView {
  repId: string;
  name: string;
  email: string;
  title: string;
  isActive: boolean;
}

export interface TTeamView {
  id: string;
  name: string;
  description: string;
  isActive: boolean;
  members: TTeamMemberView[];
}

const include = {
  members: { include: { rep: { include: { user: { select: { name: true, email: true } } } } } },
} as const;

type TTeamRow = {
  id: string;
  name: string;
  description: string;
  isActive: boolean;
  members: { rep: { id: string; title: string; isActive: boolean; user: { name: string | null; email: string } } }[];
};

function toView(row: TTeamRow): TTeamView {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    isActive: row.isActive,
    members: row.members
      .map(({ rep }) => ({ repId: rep.id, name: rep.user.name?.trim() || rep.user.email, email: rep.user.email, title: rep.title, isActive: rep.isActive }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export async function listTeams(db: DbTx, workspaceId: string): Promise<TTeamView[]> {
  const rows = await db.team.findMany({ where: { workspaceId }, include, orderBy: { name: "asc" } });
  return rows.map(toView).sort((a, b) => Number(b.isActive) - Number(a.isActive));
}

export async function getTeam(db: DbTx, workspaceId: string, teamId: string): Promise<TTeamView> {
  const row = await db.team.findFirst({ where: { id: teamId, workspaceId }, include });
  if (!row) throw new AppError("NOT_FOUND", "Team not found.");
  return toView(row);
}
