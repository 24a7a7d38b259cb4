// How many open leads a rep still owns (assigned, accepted, or in the fallback queue with them):
// the rep page states it when deactivating, since deactivating hands none of them on.
import type { Db } from "../../db/client";
import { OPEN_OWNED_LEAD_STATUSES } from "../assignments/owner-removed";
import { loadRepOrThrow } from "./rep-records";

/** The rep's open leads in this workspace; NOT_FOUND for a rep of another workspace. */
export async function countRepOpenLeads(db: Db, workspaceId: string, repId: string): Promise<number> {
  const rep = await loadRepOrThrow(db, workspaceId, repId);
  return db.lead.count({ where: { workspaceId, ownerRepId: rep.id, status: { in: [...OPEN_OWNED_LEAD_STATUSES] } } });
}
