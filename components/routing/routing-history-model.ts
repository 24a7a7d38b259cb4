// Pure choices of the routing history page (RoutingHistory): which versions Compare shows before
// the manager picks any, and how a message looks and is announced (an error as an alert in red,
// a success as a status in green).

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
    ? { role: "alert", className: "rounded-md bg-red-50 p-3 text-sm text-red-800" }
    : { role: "status", className: "rounded-md bg-emerald-50 p-3 text-sm text-emerald-900" };
}
