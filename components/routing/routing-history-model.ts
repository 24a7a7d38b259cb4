// Pure choices of the routing history page (RoutingHistory): which versions Compare shows before
// the manager picks any, how a message looks and is announced (an error as an alert in red,
// a success as a status in green), and what a refused rollback says (rollbackRefusal).
import { problemLines, type TServerProblem } from "./server-problems";

export interface TCompareVersion {
  version: number;
  isCurrent: boolean;
}

export interface TCompareDefault {
  from: number;
  to: number | "draft";
}

/**
 * Compare's default pair. `list` is newest first (as routing.versions returns it). A saved draft that
 * differs from the published config: the published version → "draft". Else the latest version vs
 * the one before it (a single version: itself). Null when nothing is published.
 */
export function defaultCompare(list: readonly TCompareVersion[], draftDiffers: boolean): TCompareDefault | null {
  const latest = list[0];
  if (!latest) return null;
  if (draftDiffers) return { from: (list.find((v) => v.isCurrent) ?? latest).version, to: "draft" };
  return { from: (list[1] ?? latest).version, to: latest.version };
}

export type TNoticeTone = "ok" | "error";

/** The role and classes of a message box: errors are alerts in red (as the routing editor's), the rest a status in green. */
export function noticeProps(tone: TNoticeTone): { role: "alert" | "status"; className: string } {
  return tone === "error"
    ? { role: "alert", className: "rounded-md bg-red-50 p-3 text-sm break-words text-red-800" }
    : { role: "status", className: "rounded-md bg-emerald-50 p-3 text-sm break-words text-emerald-900" };
}

/** A message of the history page: a line, then the problems (if any) as a list (<Notice>). */
export interface TNotice {
  tone: TNoticeTone;
  text: string;
  details: string[];
}

/**
 * What a refused rollback to `version` says: the server's message, then each problem once in the
 * server's words, without the dotted path (problemLines, as the editor's refused Save/Publish).
 */
export function rollbackRefusal(version: number, error: { message: string; details: readonly TServerProblem[] }): TNotice {
  const message = /[.!?]$/.test(error.message) ? error.message : `${error.message}.`;
  return { tone: "error", text: `Could not roll back to version ${version}: ${message}`, details: problemLines(error.details) };
}
