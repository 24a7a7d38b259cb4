// Dashboard edits of teams and reps (members, names, active, rep profiles, hours, caps, time off)
// move the routing document's version exactly as `PUT /api/v1/routing` moves it for the same
// change: when the document (teams, reps, meeting types: routing-document-view.ts) reads
// differently after the edit, the published config is published again as the next version
// (republishRoutingInTx). A script's PUT with the version it read before the edit is then a 409,
// not a silent overwrite. An edit that leaves the document as it was (same values saved, a busy
// block, a name typed the same) moves nothing. Before the first publish there is no version to move.
// The edit runs under the routing config lock, which PUT takes to check its version: either the
// PUT sees the edit's new version, or the edit comes after the PUT.
import type { DbTx } from "../../db/client";
import { documentContent, getRoutingRoster } from "./routing-document-view";
import { getPublishedRouting, lockRoutingConfig, republishRoutingInTx } from "./routing-settings";

export interface TRosterEdit {
  workspaceId: string;
  /** Who edited (the new version's author); null for the system. */
  userId: string | null;
  /** The new version's note, e.g. `Team "Inbound": members changed in the dashboard`. */
  note: string;
}

/** Runs `write` (the edit, in `tx`) and moves the published version when it changed the routing document. */
export async function editRoutingRoster<T>(tx: DbTx, edit: TRosterEdit, write: () => Promise<T>): Promise<T> {
  await lockRoutingConfig(tx, edit.workspaceId);
  if (!(await getPublishedRouting(tx, edit.workspaceId))) return write();
  // The published config is read once, above: before and after compare only what an edit changes.
  const before = documentContent(await getRoutingRoster(tx, edit.workspaceId));
  const result = await write();
  if (documentContent(await getRoutingRoster(tx, edit.workspaceId)) !== before) await republishRoutingInTx(tx, edit);
  return result;
}

/** A quoted name for a version note. */
export const quoted = (name: string) => `“${name}”`;
