// The names of a workspace's reps and teams as reasons and headlines show them, read through the
// process's cache (workspace-names-cache.ts): the statement compares the roster version the held
// names were read at and answers them afresh only when it moved. The lead resource reads them
// inside its own statement (namesColumnsSql); a page that needs only the names (the rep's inbox)
// calls currentWorkspaceNames: one small statement while the roster has not changed, instead of
// every rep of the workspace (~78 KB at 1,000 reps).
import { Prisma } from "../../db/generated/client";
import type { TRawSql } from "../../db/raw-sql";
import { rosterVersionOf } from "../routing/roster-version";
import { heldNames, holdNames, type TWorkspaceNames } from "./workspace-names-cache";

/** What namesColumnsSql's columns hold: the version seen, and the names at it (null when they are the ones held at that version). */
export interface TNamesColumns {
  namesVersion: number;
  reps: TWorkspaceNames["reps"] | null;
  teams: TWorkspaceNames["teams"] | null;
}

type THeld = ReturnType<typeof heldNames>;

/**
 * The columns "namesVersion", "reps" and "teams" for a statement whose FROM list has
 * namesVersionSql; `held` is what the process held when the statement was made (heldNames), and
 * `workspaceIdSql` names the workspace in the statement (a column or a parameter).
 */
export function namesColumnsSql(held: THeld, workspaceIdSql: Prisma.Sql): Prisma.Sql {
  // The roster is still at the held names' version (none held: NULL, never true).
  const namesAreHeld = Prisma.sql`rv."version" = ${held?.version ?? null}::float8`;
  return Prisma.sql`rv."version" AS "namesVersion",
      CASE WHEN ${namesAreHeld} THEN NULL ELSE COALESCE((SELECT json_agg(json_build_object('id', r."id", 'name', u."name", 'email', u."email"))
         FROM "RepProfile" r JOIN "User" u ON u."id" = r."userId" WHERE r."workspaceId" = ${workspaceIdSql}), '[]'::json) END AS "reps",
      CASE WHEN ${namesAreHeld} THEN NULL ELSE
        COALESCE((SELECT json_agg(json_build_object('id', t."id", 'name', t."name")) FROM "Team" t WHERE t."workspaceId" = ${workspaceIdSql}), '[]'::json) END AS "teams"`;
}

/** The FROM item namesColumnsSql reads the roster version from. */
export const namesVersionSql = (workspaceId: string) => Prisma.sql`(SELECT ${rosterVersionOf(workspaceId)} AS "version") rv`;

/** The names from namesColumnsSql's columns: kept when read afresh, else the ones held (null names come only with a held version). */
export function namesOf(workspaceId: string, held: THeld, columns: TNamesColumns): TWorkspaceNames {
  return columns.reps && columns.teams ? holdNames(workspaceId, columns.namesVersion, { reps: columns.reps, teams: columns.teams }) : held!.names;
}

/** The workspace's names as of this statement: from the cache while the roster version has not moved. */
export async function currentWorkspaceNames(db: Pick<TRawSql, "$queryRaw">, workspaceId: string): Promise<TWorkspaceNames> {
  const held = heldNames(workspaceId);
  const [columns] = await db.$queryRaw<TNamesColumns[]>`SELECT ${namesColumnsSql(held, Prisma.sql`${workspaceId}`)} FROM ${namesVersionSql(workspaceId)}`;
  return namesOf(workspaceId, held, columns!);
}
